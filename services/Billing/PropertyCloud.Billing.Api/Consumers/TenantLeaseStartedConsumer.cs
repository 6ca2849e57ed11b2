using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain.Residents;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>A tenant may read and pay the rented unit's bills while the lease runs.</summary>
public sealed class TenantLeaseStartedConsumer(BillingDb db) : IdempotentConsumer<TenantLeaseStarted, BillingDb>(db)
{
    protected override async Task HandleAsync(TenantLeaseStarted message, CancellationToken cancellationToken)
    {
        if (!await Db.UnitResidents.AnyAsync(r => r.PartyId == message.TenancyId && r.UnitId == message.UnitId, cancellationToken))
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, message.TenancyId, ResidentKind.Tenant));
        }
    }
}
