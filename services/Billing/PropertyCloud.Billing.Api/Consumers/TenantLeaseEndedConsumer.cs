using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain.Residents;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>The tenant stops seeing the unit's bills when the lease ends.</summary>
public sealed class TenantLeaseEndedConsumer(BillingDb db) : IdempotentConsumer<TenantLeaseEnded, BillingDb>(db)
{
    protected override async Task HandleAsync(TenantLeaseEnded message, CancellationToken cancellationToken)
    {
        var lease = await Db.UnitResidents.FirstOrDefaultAsync(r => r.PartyId == message.TenancyId && r.UnitId == message.UnitId, cancellationToken);
        if (lease is null)
        {
            // The end overtook the start: record the lease as already over, so the late start adds nothing.
            lease = UnitResident.MoveIn(message.EstateId, message.UnitId, message.TenancyId, ResidentKind.Tenant);
            Db.UnitResidents.Add(lease);
        }
        lease.MoveOut(message.EndedOn);
    }
}
