using Microsoft.EntityFrameworkCore;
using PropertyCloud.Surveys.Api.Domain.Residents;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>A tenant may answer the rented household's questionnaire while the lease runs.</summary>
public sealed class TenantLeaseStartedConsumer(SurveysDb db) : IdempotentConsumer<TenantLeaseStarted, SurveysDb>(db)
{
    protected override async Task HandleAsync(TenantLeaseStarted message, CancellationToken cancellationToken)
    {
        if (!await Db.UnitResidents.AnyAsync(r => r.PartyId == message.TenancyId && r.UnitId == message.UnitId, cancellationToken))
        {
            Db.UnitResidents.Add(UnitResident.MoveIn(message.EstateId, message.UnitId, message.TenancyId, isTenancy: true));
        }
    }
}
