using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>Keeps the unit's parking space for the bill runs; a release that came first is kept.</summary>
public sealed class ParkingSpaceAssignedConsumer(BillingDb db) : IdempotentConsumer<ParkingSpaceAssigned, BillingDb>(db)
{
    protected override async Task HandleAsync(ParkingSpaceAssigned message, CancellationToken cancellationToken)
    {
        var assignment = await Db.ParkingAssignmentAsync(message.AssignmentId, message.EstateId, message.UnitId, message.ParkingSpaceId,
            cancellationToken);
        assignment.Assign(message.SpaceCode, message.Tenure, message.StartsOn, message.EndsOn);
    }
}
