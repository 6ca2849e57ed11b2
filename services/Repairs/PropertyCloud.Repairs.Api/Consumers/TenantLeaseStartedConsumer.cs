using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain.Residents;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Consumers;

/// <summary>A tenant may report repairs and complaints for the rented unit while the lease runs.</summary>
public sealed class TenantLeaseStartedConsumer(RepairsDb db) : IdempotentConsumer<TenantLeaseStarted, RepairsDb>(db)
{
    protected override async Task HandleAsync(TenantLeaseStarted message, CancellationToken cancellationToken)
    {
        if (!await Db.UnitResidents.AnyAsync(r => r.PartyId == message.TenancyId && r.UnitId == message.UnitId, cancellationToken))
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, message.TenancyId, ResidentKind.Tenant));
        }
    }
}
