using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>Adds every newly registered unit to Billing's own list of billable units, once.</summary>
public sealed class UnitRegisteredConsumer(BillingDb db) : IdempotentConsumer<UnitRegistered, BillingDb>(db)
{
    protected override async Task HandleAsync(UnitRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Units.AnyAsync(u => u.Id == message.UnitId, cancellationToken))
        {
            return;
        }
        Db.Units.Add(BillableUnit.Register(message.UnitId, message.EstateId, message.BuildingId, message.BuildingCode,
            message.Entrance, message.Floor, message.Number, message.BuildingArea, message.UsableArea, message.OccurredAt));
    }
}
