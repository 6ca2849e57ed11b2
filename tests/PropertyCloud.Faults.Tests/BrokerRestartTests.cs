extern alias archives;
extern alias residents;

using System.Diagnostics;
using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Faults.Tests.Infrastructure;
using PropertyCloud.Testing;
using Xunit.Abstractions;

namespace PropertyCloud.Faults.Tests;

/// <summary>
/// Residents registers units at a steady rate while the (private) broker is stopped and started again; Archives opens a
/// customer file for each. Covers the broker failover of issue 10: publishers and consumers reconnect by themselves,
/// unconfirmed publishes are retried from the outbox, unacknowledged deliveries come again and the inbox drops repeats.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BrokerRestartTests(FaultInfrastructure infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _residentsDb = FaultInfrastructure.NewDatabaseName("residents");
    private readonly string _archivesDb = FaultInfrastructure.NewDatabaseName("archives");
    private readonly string _documents = infrastructure.NewFolder();
    private ServiceFactory<residents::Program>? _residents;
    private ServiceFactory<archives::Program>? _archives;

    public Task InitializeAsync()
    {
        output.WriteLine($"private PostgreSQL + RabbitMQ started in {infrastructure.StartupTime.TotalSeconds:0.0} s");
        return Task.CompletedTask;
    }

    /// <summary>Quorum queues are what a RabbitMQ cluster runs (issue 10); classic ones what a single broker runs (FAULTS_LONG=1 adds them).</summary>
    public static TheoryData<bool> QueueKinds() => FaultInfrastructure.Long ? [true, false] : [true];

    private async Task StartServicesAsync(bool quorumQueues)
    {
        var virtualHost = await infrastructure.RabbitMq.NewVirtualHostAsync();
        _archives = FaultServiceFactory.Create<archives::Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:archivesdb"] = infrastructure.Postgres.ConnectionString(_archivesDb),
            ["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMq.ConnectionString(virtualHost),
            ["EventBus:QuorumQueues"] = quorumQueues.ToString(),
            ["Archives:DocumentRoot"] = _documents,
        });
        _ = _archives.Server;
        var bus = _archives.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(async () =>
            await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
        _residents = FaultServiceFactory.Create<residents::Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:residentsdb"] = infrastructure.Postgres.ConnectionString(_residentsDb),
            ["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMq.ConnectionString(virtualHost),
            ["EventBus:QuorumQueues"] = quorumQueues.ToString(),
            ["Outbox:PublishTimeout"] = "00:00:03",
            ["Outbox:MaxBackoff"] = "00:00:01",
        });
        _ = _residents.Server;
    }

    [Theory]
    [MemberData(nameof(QueueKinds))]
    public async Task RegisterUnits_WhileTheBrokerStopsAndRestarts_OpensEveryCustomerFileExactlyOnce(bool quorumQueues)
    {
        await StartServicesAsync(quorumQueues);
        // A steady stream: some changes before the stop, some while the broker is down, some after it is back.
        var perPhase = FaultInfrastructure.Long ? 200 : 20;
        var outage = TimeSpan.FromSeconds(FaultInfrastructure.Long ? 30 : 3);
        var interval = TimeSpan.FromMilliseconds(100);
        var register = ResidentsRegister.AsGroupAdmin(_residents!);
        var (estateId, buildingId) = await register.RegisterEstateWithBuildingAsync();

        var watch = Stopwatch.StartNew();
        var requests = new List<Task<HttpResponseMessage>>();
        async Task SendAsync(int count, Func<bool>? until = null)
        {
            for (var sent = 0; sent < count || until?.Invoke() == false; sent++)
            {
                requests.Add(register.PostUnitAsync(estateId, buildingId, requests.Count));
                await Task.Delay(interval);
            }
        }

        await SendAsync(perPhase);
        var stopping = infrastructure.RabbitMq.StopServerAsync();
        await SendAsync(0, () => stopping.IsCompleted);
        await stopping;
        var stoppedAt = watch.Elapsed;
        var sentBeforeStop = requests.Count;
        var filesWhenStopped = await FilesAsync();
        var restarting = Task.Delay(outage).ContinueWith(_ => infrastructure.RabbitMq.StartServerAsync(), TaskScheduler.Default).Unwrap();
        await SendAsync(perPhase, () => restarting.IsCompleted);
        await restarting;
        var restartedAt = watch.Elapsed;
        var sentWhileDown = requests.Count - sentBeforeStop;
        var filesWhenRestarted = await FilesAsync();
        await SendAsync(perPhase);
        var changes = requests.Count;
        var answers = await Task.WhenAll(requests);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));

        await Eventually.TrueAsync(async () => await FilesAsync() >= changes, TimeSpan.FromSeconds(FaultInfrastructure.Long ? 180 : 90),
            "every registered unit should get its customer file after the broker is back");
        var settled = watch.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a late duplicate to show up
        output.WriteLine($"{(quorumQueues ? "quorum" : "classic")} queues, {changes} units at 10/s; broker stopped at {stoppedAt.TotalSeconds:0.0} s ({sentBeforeStop} sent, {filesWhenStopped} files), " +
            $"back at {restartedAt.TotalSeconds:0.0} s ({sentWhileDown} sent meanwhile, {filesWhenRestarted} files), all {changes} files at {settled.TotalSeconds:0.0} s");

        Assert.InRange(filesWhenStopped, 0, changes - perPhase);
        Assert.True(filesWhenRestarted < sentBeforeStop + sentWhileDown, "changes accepted during the outage should wait for the broker");
        Assert.Equal(changes, await ResidentsScalar("SELECT count(*) FROM units"));
        Assert.Equal(changes, await ResidentsScalar("SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.UnitRegistered'"));
        await Eventually.TrueAsync(async () => await ResidentsScalar("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL") == 0,
            because: "the relay should have sent every outbox row");
        Assert.Equal(changes, await FilesAsync());
        Assert.Equal(changes, await ArchivesScalar("SELECT count(DISTINCT unit_id) FROM customer_files"));
        Assert.Equal(changes, await ArchivesScalar("SELECT count(*) FROM inbox_messages WHERE consumer = 'UnitRegisteredConsumer'"));
        Assert.Equal(changes, await ArchivesScalar("SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.CustomerFileOpened'"));
    }

    private Task<long> FilesAsync() => ArchivesScalar("SELECT count(*) FROM customer_files");

    private Task<long> ArchivesScalar(string sql) => infrastructure.Postgres.ScalarAsync(_archivesDb, sql);

    private Task<long> ResidentsScalar(string sql) => infrastructure.Postgres.ScalarAsync(_residentsDb, sql);

    public async Task DisposeAsync()
    {
        await infrastructure.RabbitMq.EnsureRunningAsync();
        if (_residents is not null)
        {
            await _residents.DisposeAsync();
        }
        if (_archives is not null)
        {
            await _archives.DisposeAsync();
        }
    }
}
