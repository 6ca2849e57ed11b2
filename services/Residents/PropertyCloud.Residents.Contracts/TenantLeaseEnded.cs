using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A tenant's lease on a unit ended (moved out or ended early).</summary>
public sealed record TenantLeaseEnded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required Guid TenancyId { get; init; }
    public required DateOnly EndedOn { get; init; }
}
