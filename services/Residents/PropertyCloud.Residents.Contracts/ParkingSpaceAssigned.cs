using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>
/// A parking space was rented or sold to a unit. Billing charges a rented space monthly to the unit from
/// <see cref="StartsOn"/> until <see cref="EndsOn"/> (or until <see cref="ParkingSpaceReleased"/>); a sold one
/// pays only the parking management fee.
/// </summary>
public sealed record ParkingSpaceAssigned : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid AssignmentId { get; init; }
    public required Guid ParkingSpaceId { get; init; }

    /// <summary>The painted code of the space, e.g. "B1-023", for the bill line.</summary>
    public required string SpaceCode { get; init; }
    public required Guid UnitId { get; init; }
    public Guid? OwnerId { get; init; }

    /// <summary>"Rented" or "Sold".</summary>
    public required string Tenure { get; init; }
    public required DateOnly StartsOn { get; init; }

    /// <summary>End of the rental; null for a sold space.</summary>
    public DateOnly? EndsOn { get; init; }
}
