using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>Stops charging the space from the day it is released; if the release overtook the assignment, records it for it.</summary>
public sealed class ParkingSpaceReleasedConsumer(BillingDb db) : IdempotentConsumer<ParkingSpaceReleased, BillingDb>(db)
{
    protected override async Task HandleAsync(ParkingSpaceReleased message, CancellationToken cancellationToken)
    {
        var assignment = await Db.ParkingAssignmentAsync(message.AssignmentId, message.EstateId, message.UnitId, message.ParkingSpaceId,
            cancellationToken);
        assignment.Release(message.ReleasedOn);
    }
}
