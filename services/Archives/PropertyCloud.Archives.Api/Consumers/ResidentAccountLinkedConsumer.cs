using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Owners;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>Learns which login belongs to an owner (tenants see no archive documents), so the owner's token finds their units.</summary>
public sealed class ResidentAccountLinkedConsumer(ArchivesDb db) : IdempotentConsumer<ResidentAccountLinked, ArchivesDb>(db)
{
    protected override async Task HandleAsync(ResidentAccountLinked message, CancellationToken cancellationToken)
    {
        if (message.IsTenancy)
        {
            return;
        }
        var account = await Db.OwnerAccounts.FirstOrDefaultAsync(a => a.OwnerId == message.PartyId, cancellationToken);
        if (account is null)
        {
            Db.OwnerAccounts.Add(OwnerAccount.Link(message.EstateId, message.PartyId, message.UserId));
        }
        else
        {
            account.Relink(message.UserId);
        }
    }
}
