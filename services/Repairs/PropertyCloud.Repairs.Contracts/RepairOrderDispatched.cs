using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A repair order was dispatched (派单) to a maintenance worker.</summary>
public sealed record RepairOrderDispatched : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>The worker's user id (token subject), so their apps can notify them.</summary>
    public required string AssigneeId { get; init; }

    public required string Urgency { get; init; }
}
