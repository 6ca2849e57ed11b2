namespace PropertyCloud.Web.Api.Residents;

/// <summary>An audited request to see masked personal data, and what it revealed.</summary>
public sealed record RevealRequest(IReadOnlyList<string> Fields, string Reason);

public sealed record RevealResponse(Guid OwnerId, string? Phone, string? IdNumber, string? Address);
