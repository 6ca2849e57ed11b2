using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>
/// Records a chargeable repair for the unit's next bill run, once per repair order: a redelivery is stopped by the
/// inbox, and the same order requested again under a new event id finds its charge already recorded.
/// </summary>
public sealed class RepairChargeRequestedConsumer(BillingDb db, ILogger<RepairChargeRequestedConsumer> logger)
    : IdempotentConsumer<RepairChargeRequested, BillingDb>(db)
{
    protected override async Task HandleAsync(RepairChargeRequested message, CancellationToken cancellationToken)
    {
        if (message.Amount <= 0 || await Db.RepairCharges.AnyAsync(c => c.RepairOrderId == message.RepairOrderId, cancellationToken))
        {
            return;
        }
        if (message.UnitId is null)
        {
            logger.LogWarning("Repair order {RepairOrderId} of estate {EstateId} is chargeable but has no unit; finance has to bill it",
                message.RepairOrderId, message.EstateId);
        }
        Db.RepairCharges.Add(RepairCharge.Request(message.RepairOrderId, message.EstateId, message.UnitId, message.Amount,
            message.Description, message.OccurredAt));
    }
}
