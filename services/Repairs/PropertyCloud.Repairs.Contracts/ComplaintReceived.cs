using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A complaint (投诉) was recorded; a major one is also <see cref="ComplaintEscalated"/> at the same moment.</summary>
public sealed record ComplaintReceived : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ComplaintId { get; init; }

    /// <summary>The complainant's unit, when known.</summary>
    public Guid? UnitId { get; init; }

    public required string Channel { get; init; }
    public required string Category { get; init; }
    public required bool IsMajor { get; init; }
}
