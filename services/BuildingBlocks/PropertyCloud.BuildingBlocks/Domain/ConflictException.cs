namespace PropertyCloud.BuildingBlocks.Domain;

/// <summary>The action conflicts with the current state (a duplicate, a stale version): answered as 409.</summary>
public sealed class ConflictException(string code, LocalizedText text, string? field = null) : DomainException(code, text, field);
