using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class ReplicaStartTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task TwoReplicas_StartingTogetherOnAnEmptyDatabase_SeedTheDemoRegisterOnce()
    {
        await using var database = new TestDatabase("residents");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:residentsdb"] = database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = service.VirtualHost.ConnectionString(service.BrokerProxy.Port),
            ["Outbox:RelayEnabled"] = "false",
            ["DemoData:Enabled"] = "true",
            ["DemoData:Estates"] = "3",
        };
        await using var first = new ServiceFactory<Program>(settings);
        await using var second = new ServiceFactory<Program>(settings);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        var units = await db.Units.CountAsync();
        Assert.Equal(3, await db.Estates.CountAsync());
        Assert.InRange(units, 1000, 5000);
        Assert.Equal(units, await db.Set<OutboxMessage>().CountAsync(m => m.EventType.EndsWith("UnitRegistered")));
    }
}
