using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

[Collection(SurveysCollection.Name)]
public class JointOwnerTests(SurveysService service)
{
    [Fact]
    public async Task JointOwnerAdded_DeliveredTwice_RecordsTheJointOwnerOnce()
    {
        var consumed = new ConsumeCounter();
        using var observer = service.Factory.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(consumed);
        var added = new JointOwnerAdded
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = Guid.NewGuid(), UnitId = Guid.NewGuid(),
            OwnerId = Guid.NewGuid(), OwnedSince = new DateOnly(2019, 1, 1),
        };

        await service.PublishAsync(added);
        await service.PublishAsync(added);
        await Eventually.TrueAsync(() => Task.FromResult(consumed.Finished(added.EventId) == 2));

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
        var resident = await db.UnitResidents.SingleAsync(r => r.PartyId == added.OwnerId);
        Assert.Equal((added.UnitId, false, null), (resident.UnitId, resident.IsTenancy, resident.EndedOn));
    }
}
