namespace PropertyCloud.Archives.Api.Domain.Reconciliation;

/// <summary>What the clerk found for one document of the checklist.</summary>
public sealed record CheckResult(Guid DocumentId, bool Present, string? Note);
