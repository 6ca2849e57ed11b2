using Microsoft.EntityFrameworkCore;
using PropertyCloud.Surveys.Api.Domain.Residents;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Learns which login belongs to an owner or a tenancy, so that the resident's token finds "my questionnaires".</summary>
public sealed class ResidentAccountLinkedConsumer(SurveysDb db) : IdempotentConsumer<ResidentAccountLinked, SurveysDb>(db)
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
