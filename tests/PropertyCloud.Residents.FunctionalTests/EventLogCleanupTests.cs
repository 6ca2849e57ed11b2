using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class EventLogCleanupTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task SentOutboxRows_PastTheirRetention_AreDeleted()
    {
        await using var database = new TestDatabase("residents");
        await using var factory = Factory(database, relayEnabled: true);
        var unit = await RegisterUnitAsync(factory);

        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Any(p => p.Message.UnitId == unit)));
        await Eventually.TrueAsync(async () => await OutboxRowsAsync(factory) == 0, because: "the sent row should be cleaned up");
    }

    [Fact]
    public async Task UnsentOutboxRows_AreNeverDeleted()
    {
        await using var database = new TestDatabase("residents");
        await using var factory = Factory(database, relayEnabled: false);
        await RegisterUnitAsync(factory);

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(1, await OutboxRowsAsync(factory));
    }

    private ServiceFactory<Program> Factory(TestDatabase database, bool relayEnabled) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:residentsdb"] = database.ConnectionString,
        ["ConnectionStrings:rabbitmq"] = service.VirtualHost.ConnectionString(service.BrokerProxy.Port),
        ["Outbox:RelayEnabled"] = relayEnabled.ToString(),
        ["Outbox:SentRetention"] = "00:00:00",
        ["Outbox:CleanupInterval"] = "00:00:01",
    });

    private static async Task<Guid> RegisterUnitAsync(ServiceFactory<Program> factory)
    {
        var register = RegisterClient.AsGroupAdmin(factory);
        var estate = await register.RegisterEstateAsync();
        var building = await register.RegisterBuildingAsync(estate.Id);
        return (await register.RegisterUnitAsync(estate.Id, building.Id)).Id;
    }

    private static async Task<int> OutboxRowsAsync(ServiceFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.EventType.EndsWith("UnitRegistered"));
    }
}
