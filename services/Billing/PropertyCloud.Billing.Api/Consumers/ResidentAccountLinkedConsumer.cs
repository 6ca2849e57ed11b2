using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain.Residents;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Consumers;

/// <summary>Learns which login belongs to an owner or a tenancy, so that the resident's token finds "my bills".</summary>
public sealed class ResidentAccountLinkedConsumer(BillingDb db) : IdempotentConsumer<ResidentAccountLinked, BillingDb>(db)
{
    protected override async Task HandleAsync(ResidentAccountLinked message, CancellationToken cancellationToken)
    {
        var account = await Db.ResidentAccounts.FirstOrDefaultAsync(a => a.PartyId == message.PartyId, cancellationToken);
        if (account is null)
        {
            Db.ResidentAccounts.Add(ResidentAccount.Link(message.EstateId, message.PartyId, message.UserId));
        }
        else
        {
            account.Relink(message.UserId);
        }
    }
}
