using System.Diagnostics;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>The private PostgreSQL and RabbitMQ of this test run, started once and torn down at the end.</summary>
public sealed class FaultInfrastructure : IAsyncLifetime
{
    public PrivatePostgres Postgres { get; private set; } = null!;
    public PrivateRabbitMq RabbitMq { get; private set; } = null!;

    /// <summary>How long starting both took (reported by the tests, so the cost of private infrastructure stays visible).</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>FAULTS_LONG=1 runs the longer variants (more changes, longer outages).</summary>
    public static bool Long => Environment.GetEnvironmentVariable("FAULTS_LONG") == "1";

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        var postgres = PrivatePostgres.StartAsync();
        var rabbit = PrivateRabbitMq.StartAsync();
        Postgres = await postgres;
        RabbitMq = await rabbit;
        StartupTime = watch.Elapsed;
    }

    /// <summary>Files of this run (services' document folders); deleted with the infrastructure, even when a test's set-up failed.</summary>
    public string Scratch { get; } = Directory.CreateTempSubdirectory("pcfault-scratch-").FullName;

    /// <summary>A new, empty folder under <see cref="Scratch"/>.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(Scratch, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A new database name for one service of one test; the service creates it by migrating.</summary>
    public static string NewDatabaseName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public async Task DisposeAsync()
    {
        if (RabbitMq is not null)
        {
            await RabbitMq.DisposeAsync();
        }
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
        Directory.Delete(Scratch, recursive: true);
    }
}
