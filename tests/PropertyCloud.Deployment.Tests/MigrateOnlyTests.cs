using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Testing;

namespace PropertyCloud.Deployment.Tests;

/// <summary>The switch the migration Jobs pass: database work only, then exit (real PostgreSQL).</summary>
public sealed class MigrateOnlyTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new("migrateonly");

    [Fact]
    public async Task RunOrMigrate_WithMigrateOnly_CreatesAndSeedsTheDatabaseThenReturnsWithoutServing()
    {
        using var app = BuildApp(out var journal);

        await app.RunOrMigrateAsync(["--migrate-only"]).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["seeded"], journal.Entries);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM seeded", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RunOrMigrate_WithoutTheSwitch_MigratesThenServesUntilStopped()
    {
        using var app = BuildApp(out var journal);
        using var stop = new CancellationTokenSource();

        var run = app.RunOrMigrateAsync([], stop.Token);
        await Eventually.TrueAsync(() => Task.FromResult(journal.Entries.Contains("serving")), TimeSpan.FromSeconds(30), "the app should serve");
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["seeded", "serving"], journal.Entries);
    }

    private IHost BuildApp(out Journal journal)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:jobdb"] = _database.ConnectionString;
        builder.AddServiceDatabase<JobDb>("jobdb");
        journal = new Journal();
        builder.Services.AddSingleton(journal);
        builder.Services.AddScoped<IDatabaseSeeder<JobDb>, RecordingSeeder>();
        builder.Services.AddHostedService<ServingWork>();
        return builder.Build();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public sealed class JobDb(DbContextOptions<JobDb> options) : DbContext(options);

    public sealed class Journal
    {
        private readonly List<string> _entries = [];

        public IReadOnlyList<string> Entries
        {
            get { lock (_entries) { return [.. _entries]; } }
        }

        public void Add(string entry)
        {
            lock (_entries) { _entries.Add(entry); }
        }
    }

    private sealed class RecordingSeeder(Journal journal) : IDatabaseSeeder<JobDb>
    {
        public async Task SeedAsync(JobDb db, CancellationToken cancellationToken)
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS seeded (id int); INSERT INTO seeded VALUES (1)", cancellationToken);
            journal.Add("seeded");
        }
    }

    /// <summary>Stands for everything that serves: the web server, the event bus, the outbox relay.</summary>
    private sealed class ServingWork(Journal journal) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            journal.Add("serving");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
