using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Keeps each estate's name and company, which the figures roll up by.</summary>
public sealed class EstateRegisteredConsumer(SurveysDb db) : IdempotentConsumer<EstateRegistered, SurveysDb>(db)
{
    protected override async Task HandleAsync(EstateRegistered message, CancellationToken cancellationToken)
    {
        var estate = await Db.Estates.FirstOrDefaultAsync(e => e.EstateId == message.EstateId, cancellationToken);
        if (estate is null)
        {
            Db.Estates.Add(SurveyEstate.Register(message.EstateId, message.Code, message.Name, message.Company));
        }
        else
        {
            estate.Rename(message.Code, message.Name, message.Company);
        }
    }
}
