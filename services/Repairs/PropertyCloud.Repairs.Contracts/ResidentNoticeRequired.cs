using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>
/// An emergency (water, power, elevator) was not fixed within its resolution target (2 hours by default): the estate
/// manager must issue a notice to the residents affected (004 篇4: 停水通知单). Raised once per order.
/// </summary>
public sealed record ResidentNoticeRequired : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? BuildingId { get; init; }
    public string? PublicArea { get; init; }
    public required string Category { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
}
