using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>A document was filed into a unit's customer file (its first version stored and verified).</summary>
public sealed record DocumentFiled : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid DocumentId { get; init; }
    public required Guid FileId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>The document's category, e.g. "MoveInForm", "Contract", "RepairRecord".</summary>
    public required string Category { get; init; }

    /// <summary>The document's confidentiality level: "A", "B" or "C".</summary>
    public required string Level { get; init; }
}
