using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A repair order was closed after its follow-up visit (回访), or with the reason none was possible: the loop is complete.</summary>
public sealed record RepairOrderClosed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }
    public Guid? UnitId { get; init; }
    public required string Category { get; init; }

    /// <summary>False when the order was closed without a follow-up visit, for a recorded reason.</summary>
    public required bool FollowedUp { get; init; }

    /// <summary>The resident's satisfaction from the follow-up visit, 1 (very dissatisfied) to 5 (very satisfied); null without a visit.</summary>
    public int? SatisfactionScore { get; init; }
}
