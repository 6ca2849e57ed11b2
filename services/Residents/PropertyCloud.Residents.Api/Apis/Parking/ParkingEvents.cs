using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.Parking;

/// <summary>The event Billing charges parking from, built the same way by the front desk's assignment and the demo car parks.</summary>
internal static class ParkingEvents
{
    public static ParkingSpaceAssigned Assigned(ParkingSpace space, ParkingSpaceAssignment assignment, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = space.EstateId, AssignmentId = assignment.Id,
        ParkingSpaceId = space.Id, SpaceCode = space.Code, UnitId = assignment.UnitId, OwnerId = assignment.OwnerId,
        Tenure = assignment.Tenure.ToString(), StartsOn = assignment.StartsOn, EndsOn = assignment.EndsOn,
    };
}
