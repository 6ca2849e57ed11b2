using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class JointOwnerTests(ArchivesService service)
{
    [Fact]
    public async Task JointOwnerAdded_DeliveredTwice_GivesTheJointOwnerTheUnitOnceFromTheirStartDay()
    {
        var added = new JointOwnerAdded
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = Guid.NewGuid(), UnitId = Guid.NewGuid(),
            OwnerId = Guid.NewGuid(), OwnedSince = new DateOnly(2019, 1, 1),
        };

        await service.PublishAsync(added);
        await service.PublishAsync(added);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(added.EventId) == 2));

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        var holding = await db.UnitOwnerships.SingleAsync(o => o.OwnerId == added.OwnerId);
        Assert.Equal((added.UnitId, EstateCalendar.StartOf(added.OwnedSince)), (holding.UnitId, holding.OwnedSince));
    }
}
