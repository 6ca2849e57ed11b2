using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>A deposit (押金, e.g. decoration or key deposit) was taken for a unit; held, not income.</summary>
public sealed record DepositHeld : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid DepositId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>Name of the deposit's charge item, e.g. "装修押金".</summary>
    public required string Name { get; init; }

    public required decimal Amount { get; init; }
}
