using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain.Residents;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Consumers;

/// <summary>The tenant stops reporting for the unit when the lease ends (moved out or ended early).</summary>
public sealed class TenantLeaseEndedConsumer(RepairsDb db) : IdempotentConsumer<TenantLeaseEnded, RepairsDb>(db)
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
