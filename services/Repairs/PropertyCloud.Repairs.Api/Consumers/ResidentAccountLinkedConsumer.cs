using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain.Residents;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Consumers;

/// <summary>Learns which login belongs to an owner or a tenancy, so that a resident's token finds their units.</summary>
public sealed class ResidentAccountLinkedConsumer(RepairsDb db) : IdempotentConsumer<ResidentAccountLinked, RepairsDb>(db)
{
    protected override async Task HandleAsync(ResidentAccountLinked message, CancellationToken cancellationToken)
    {
        var account = await Db.ResidentAccounts.FirstOrDefaultAsync(a => a.PartyId == message.PartyId, cancellationToken);
        if (account is null)
        {
            Db.ResidentAccounts.Add(ResidentAccount.Link(message.EstateId, message.PartyId, message.UserId, message.OccurredAt));
        }
        else
        {
            account.Relink(message.UserId, message.OccurredAt);
        }
    }
}
