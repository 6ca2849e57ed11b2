using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>An already registered owner became a joint owner (共有业主) of a unit, holding it from the given date
/// alongside its other owners; no names or phones.</summary>
public sealed record JointOwnerAdded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required Guid OwnerId { get; init; }
    public required DateOnly OwnedSince { get; init; }
}
