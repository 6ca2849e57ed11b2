using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Consumers;

/// <summary>Takes storage, commercial and vacant units out of the sampling frame, and puts them back when lived in again.</summary>
public sealed class UnitUsageChangedConsumer(SurveysDb db) : IdempotentConsumer<UnitUsageChanged, SurveysDb>(db)
{
    protected override async Task HandleAsync(UnitUsageChanged message, CancellationToken cancellationToken)
    {
        var household = await Db.Households.FirstOrDefaultAsync(h => h.UnitId == message.UnitId, cancellationToken);
        household?.UsageChanged(message.Usage);
    }
}
