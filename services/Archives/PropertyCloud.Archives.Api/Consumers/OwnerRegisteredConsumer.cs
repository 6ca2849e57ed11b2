using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Owners;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Learns which units an owner holds, so that the owner's token finds their own move-in documents.</summary>
public sealed class OwnerRegisteredConsumer(ArchivesDb db) : IdempotentConsumer<OwnerRegistered, ArchivesDb>(db)
{
    protected override async Task HandleAsync(OwnerRegistered message, CancellationToken cancellationToken)
    {
        var ownedSince = message.OwnedSince is { } day ? EstateCalendar.StartOf(day) : (DateTimeOffset?)null;
        var known = await Db.UnitOwnerships.Where(o => o.OwnerId == message.OwnerId).Select(o => o.UnitId).ToListAsync(cancellationToken);
        foreach (var unitId in message.UnitIds.Distinct().Except(known))
        {
            Db.UnitOwnerships.Add(UnitOwnership.Begin(message.EstateId, unitId, message.OwnerId, ownedSince));
        }
    }
}
