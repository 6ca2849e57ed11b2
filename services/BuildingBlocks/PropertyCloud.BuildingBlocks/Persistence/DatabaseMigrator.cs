using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PropertyCloud.BuildingBlocks.Deployment;

namespace PropertyCloud.BuildingBlocks.Persistence;

/// <summary>
/// Applies pending migrations and runs the seeders before the service starts serving requests. Both run under
/// a PostgreSQL advisory lock, so replicas starting together migrate and seed once: the second finds it done.
/// </summary>
internal sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopeFactory, ILogger<DatabaseMigrator<TDbContext>> logger)
    : IDatabaseStartupWork where TDbContext : DbContext
{
    // Any stable number per context type; two services never share a database, so collisions don't matter.
    private static readonly long LockKey = StableHash(typeof(TDbContext).FullName!);
    private static readonly TimeSpan StartupWorkTimeout = TimeSpan.FromMinutes(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await EnsureDatabaseExistsAsync(db, cancellationToken);

        await db.Database.OpenConnectionAsync(cancellationToken);
        // Waiting for another replica to migrate and seed, and migrating itself, can take minutes on a busy machine:
        // under the default 30 s command timeout the waiting replica crashed at start-up.
        var commandTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(StartupWorkTimeout);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<TDbContext>>())
            {
                logger.LogInformation("Seeding {DbContext} with {Seeder}", typeof(TDbContext).Name, seeder.GetType().Name);
                await seeder.SeedAsync(db, cancellationToken);
            }
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            db.Database.SetCommandTimeout(commandTimeout);
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The lock lives in the database, so the database must exist first; a replica that loses the race to create it carries on.</summary>
    private static async Task EnsureDatabaseExistsAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // another replica created it meanwhile
        }
    }

    private static long StableHash(string text) =>
        text.Aggregate(1125899906842597L, (hash, c) => unchecked((hash * 31) + c));
}
