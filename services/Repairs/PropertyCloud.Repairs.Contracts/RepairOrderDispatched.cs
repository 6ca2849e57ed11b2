using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A repair order was dispatched (派单) to a maintenance worker or to a maintenance team.</summary>
public sealed record RepairOrderDispatched : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>
    /// The worker's user id (token subject), so their apps can notify them; for a dispatch to a team, the team leader's.
    /// </summary>
    public required string AssigneeId { get; init; }

    public required string Urgency { get; init; }

    /// <summary>Set when the order went to a maintenance team; the first member to accept takes it.</summary>
    public Guid? TeamId { get; init; }

    public string? TeamName { get; init; }
}
