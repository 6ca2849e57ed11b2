using System.Diagnostics;
using MassTransit;
using Npgsql;
using PropertyCloud.Faults.Tests.Infrastructure;
using PropertyCloud.Residents.Contracts;
using Xunit.Abstractions;

namespace PropertyCloud.Faults.Tests;

/// <summary>
/// Archives runs as a separate process and is killed with SIGKILL while it works through a batch of UnitRegistered
/// events. Started again, it receives what was unacknowledged once more: every customer file opens exactly once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class ConsumerKillTests(FaultInfrastructure infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _archivesDb = FaultInfrastructure.NewDatabaseName("archives");
    private readonly string _documents = infrastructure.NewFolder();
    private IBusControl _publisher = null!;
    private string _virtualHost = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await infrastructure.RabbitMq.NewVirtualHostAsync();
        _publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(infrastructure.RabbitMq.ConnectionString(_virtualHost))));
        await _publisher.StartAsync();
    }

    [Fact]
    public async Task ArchivesKilledWhileConsuming_AfterARestart_OpensEveryFileExactlyOnce()
    {
        var events = FaultInfrastructure.Long ? 3000 : 400;
        var estateId = Guid.NewGuid();
        var watch = Stopwatch.StartNew();
        long handledWhenKilled;
        await using (var first = await StartArchivesAsync())
        {
            var started = watch.Elapsed;
            await Task.WhenAll(Enumerable.Range(0, events).Select(n => Publish(NewUnit(estateId, n))));
            await using var connection = new NpgsqlConnection(infrastructure.Postgres.ConnectionString(_archivesDb));
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM inbox_messages", connection);
            while ((handledWhenKilled = (long)(await count.ExecuteScalarAsync())!) < events / 20)
            {
                await Task.Delay(5);
            }
            await first.KillAsync();
            output.WriteLine($"Archives process up in {started.TotalSeconds:0.0} s; killed with {handledWhenKilled} of {events} handled");
        }
        Assert.InRange(handledWhenKilled, 1, events - 1);

        var restartedAt = watch.Elapsed;
        await using var second = await StartArchivesAsync();
        var deadline = DateTime.UtcNow.AddSeconds(FaultInfrastructure.Long ? 300 : 90);
        while (await Scalar("SELECT count(*) FROM inbox_messages") < events && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        output.WriteLine($"all handled {(watch.Elapsed - restartedAt).TotalSeconds:0.0} s after the restart");
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a late duplicate

        Assert.Equal(events, await Scalar("SELECT count(*) FROM inbox_messages WHERE consumer = 'UnitRegisteredConsumer'"));
        Assert.Equal(events, await Scalar("SELECT count(*) FROM customer_files"));
        Assert.Equal(events, await Scalar("SELECT count(DISTINCT unit_id) FROM customer_files"));
        Assert.Equal(events, await Scalar("SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.CustomerFileOpened'"));
    }

    private Task<ServiceProcess> StartArchivesAsync() => ServiceProcess.StartAsync("PropertyCloud.Archives.Api", new Dictionary<string, string>
    {
        ["ConnectionStrings__archivesdb"] = infrastructure.Postgres.ConnectionString(_archivesDb),
        ["ConnectionStrings__rabbitmq"] = infrastructure.RabbitMq.ConnectionString(_virtualHost),
        ["Archives__DocumentRoot"] = _documents,
    });

    private Task Publish(UnitRegistered unit) => _publisher.Publish(unit, context => context.MessageId = unit.EventId);

    private Task<long> Scalar(string sql) => infrastructure.Postgres.ScalarAsync(_archivesDb, sql);

    private static UnitRegistered NewUnit(Guid estateId, int n) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = estateId,
        UnitId = Guid.NewGuid(),
        BuildingId = Guid.NewGuid(),
        BuildingCode = "1栋",
        Entrance = "1",
        Floor = 1 + (n % 30),
        Number = $"U{n:00000}",
        BuildingArea = 118.5m,
        UsableArea = 92.4m,
    };

    public async Task DisposeAsync()
    {
        await _publisher.StopAsync();
    }
}
