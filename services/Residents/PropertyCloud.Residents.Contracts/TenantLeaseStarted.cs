using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A tenant (租户) began a lease on a unit; no personal data.</summary>
public sealed record TenantLeaseStarted : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required Guid TenancyId { get; init; }
    public required DateOnly LeaseStartsOn { get; init; }
    public required DateOnly LeaseEndsOn { get; init; }
}
