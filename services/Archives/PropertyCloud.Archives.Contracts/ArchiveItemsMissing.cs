using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>
/// A monthly reconciliation found documents of a file missing; they stay open items for the estate manager until
/// resolved (found or written off as lost).
/// </summary>
public sealed record ArchiveItemsMissing : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid FileId { get; init; }
    public required Guid ReconciliationId { get; init; }

    /// <summary>The reconciled month, "yyyy-MM".</summary>
    public required string Month { get; init; }
    public required IReadOnlyList<Guid> DocumentIds { get; init; }
}
