using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class OutboxTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task RegisterUnit_WhenBrokerIsDown_SucceedsAndTheEventIsDeliveredOnceTheBrokerIsBack()
    {
        var register = RegisterClient.AsGroupAdmin(service.Factory);
        var estate = await register.RegisterEstateAsync();
        var building = await register.RegisterBuildingAsync(estate.Id);

        service.BrokerProxy.Cut();
        var unit = await register.RegisterUnitAsync(estate.Id, building.Id);
        await Eventually.TrueAsync(async () => (await OutboxRowAsync(unit.Id))?.Attempts > 0, because: "the relay should have tried and failed");
        Assert.DoesNotContain(service.Published, p => p.Message.UnitId == unit.Id);

        service.BrokerProxy.Restore();
        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Any(p => p.Message.UnitId == unit.Id)),
            TimeSpan.FromSeconds(60), "the event should be delivered after the broker returns");
        await Eventually.TrueAsync(async () => (await OutboxRowAsync(unit.Id))?.SentAt is not null);
    }

    [Fact]
    public async Task RegisterUnit_WhenProcessStopsBetweenCommitAndPublish_TheNextInstancePublishesIt()
    {
        await using var database = new TestDatabase("residents");
        Guid unitId;
        await using (var crashed = service.CreateFactory(relayEnabled: false, database))
        {
            var register = RegisterClient.AsGroupAdmin(crashed);
            var estate = await register.RegisterEstateAsync();
            var building = await register.RegisterBuildingAsync(estate.Id);
            unitId = (await register.RegisterUnitAsync(estate.Id, building.Id)).Id;
            await Task.Delay(1500);
        }
        Assert.DoesNotContain(service.Published, p => p.Message.UnitId == unitId);

        await using var restarted = service.CreateFactory(relayEnabled: true, database);
        _ = restarted.Server;
        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Count(p => p.Message.UnitId == unitId) == 1),
            because: "the committed event should be published after the restart");
    }

    [Fact]
    public async Task Relay_WithTwoInstancesOnOneDatabase_PublishesEveryEventExactlyOnce()
    {
        await using var second = service.CreateFactory(relayEnabled: true);
        var first = RegisterClient.AsGroupAdmin(service.Factory);
        var other = RegisterClient.AsGroupAdmin(second);
        var estate = await first.RegisterEstateAsync();
        var building = await first.RegisterBuildingAsync(estate.Id);

        var units = await Task.WhenAll(Enumerable.Range(1, 40).Select(n =>
            (n % 2 == 0 ? first : other).RegisterUnitAsync(estate.Id, building.Id, $"{n:000}")));

        var ids = units.Select(u => u.Id).ToHashSet();
        await Eventually.TrueAsync(() => Task.FromResult(ids.All(id => service.Published.Any(p => p.Message.UnitId == id))),
            because: "every unit's event should be published");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.All(ids, id => Assert.Single(service.Published, p => p.Message.UnitId == id));
    }

    private async Task<OutboxMessage?> OutboxRowAsync(Guid unitId)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EventType.EndsWith("UnitRegistered")).ToListAsync();
        return rows.FirstOrDefault(m => m.Payload.Contains(unitId.ToString(), StringComparison.Ordinal));
    }
}
