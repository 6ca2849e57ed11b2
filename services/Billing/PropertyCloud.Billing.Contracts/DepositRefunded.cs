using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>A held deposit was paid back to the unit's owner.</summary>
public sealed record DepositRefunded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid DepositId { get; init; }
    public required Guid UnitId { get; init; }
    public required decimal Amount { get; init; }
}
