using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>The follow-up visit (回访) of a completed repair recorded the resident's satisfaction.</summary>
public sealed record FollowUpRecorded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }
    public Guid? UnitId { get; init; }
    public required string Category { get; init; }

    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public required int SatisfactionScore { get; init; }
}
