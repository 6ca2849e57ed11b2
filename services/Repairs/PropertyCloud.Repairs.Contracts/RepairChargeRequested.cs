using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>
/// A completed repair is chargeable (有偿维修): Billing is asked to bill the unit. Raised with
/// <see cref="RepairOrderCompleted"/>, once per order; <see cref="RepairOrderId"/> is the idempotency key for the charge.
/// </summary>
public sealed record RepairChargeRequested : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>The unit to bill; null when the repair was in a public area (billed to whoever Billing decides).</summary>
    public Guid? UnitId { get; init; }

    /// <summary>Amount in CNY, greater than zero.</summary>
    public required decimal Amount { get; init; }

    /// <summary>What the charge is for, for the bill line, e.g. "维修费：plumbing".</summary>
    public required string Description { get; init; }
}
