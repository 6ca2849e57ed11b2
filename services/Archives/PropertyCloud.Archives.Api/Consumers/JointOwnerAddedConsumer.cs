using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Owners;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Learns that an owner now holds a unit jointly, so that their token finds the unit's move-in documents filed since.</summary>
public sealed class JointOwnerAddedConsumer(ArchivesDb db) : IdempotentConsumer<JointOwnerAdded, ArchivesDb>(db)
{
    protected override async Task HandleAsync(JointOwnerAdded message, CancellationToken cancellationToken)
    {
        if (!await Db.UnitOwnerships.AnyAsync(o => o.OwnerId == message.OwnerId && o.UnitId == message.UnitId, cancellationToken))
        {
            Db.UnitOwnerships.Add(UnitOwnership.Begin(message.EstateId, message.UnitId, message.OwnerId, EstateCalendar.StartOf(message.OwnedSince)));
        }
    }
}
