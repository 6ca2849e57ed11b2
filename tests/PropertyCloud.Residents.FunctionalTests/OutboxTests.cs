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

    private async Task<OutboxMessage?> OutboxRowAsync(Guid unitId)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EventType.EndsWith("UnitRegistered")).ToListAsync();
        return rows.FirstOrDefault(m => m.Payload.Contains(unitId.ToString(), StringComparison.Ordinal));
    }
}
