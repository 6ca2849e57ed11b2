using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A unit gave up a rented or sold parking space on <see cref="ReleasedOn"/>; Billing stops charging it for that unit.</summary>
public sealed record ParkingSpaceReleased : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid AssignmentId { get; init; }
    public required Guid ParkingSpaceId { get; init; }
    public required Guid UnitId { get; init; }
    public required DateOnly ReleasedOn { get; init; }
}
