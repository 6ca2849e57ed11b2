using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Adds a registered unit to the sampling frame as a household (where it is, nobody's name).</summary>
public sealed class UnitRegisteredConsumer(SurveysDb db) : IdempotentConsumer<UnitRegistered, SurveysDb>(db)
{
    protected override async Task HandleAsync(UnitRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Households.AnyAsync(h => h.UnitId == message.UnitId, cancellationToken))
        {
            return;
        }
        Db.Households.Add(Household.Register(message.EstateId, message.UnitId, message.BuildingId, message.BuildingCode,
            message.Entrance, message.Floor, message.Number));
    }
}
