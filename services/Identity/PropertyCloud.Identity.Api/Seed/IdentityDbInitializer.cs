using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Demo;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Seed;

/// <summary>
/// Before the server takes requests: applies migrations, then — holding a PostgreSQL advisory lock so
/// that instances starting together take turns — creates the shared keys, roles, clients and, in demo
/// mode, the demo users. Every step only adds what is missing, so a restart creates nothing new.
/// </summary>
public sealed class IdentityDbInitializer(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<IdentityDbInitializer> logger)
    : IDatabaseStartupWork
{
    private const long SeedLockKey = 0x1D_5EED;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IdentityDb>();
        // Another instance may hold the seed lock for longer than the default 30 s command timeout.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));

        await MigrateAsync(db, cancellationToken);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({SeedLockKey})", cancellationToken);
            try
            {
                await SeedAsync(services, db, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({SeedLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task MigrateAsync(IdentityDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created the database a moment earlier; EF's migration lock orders the rest.
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    private async Task SeedAsync(IServiceProvider services, IdentityDb db, CancellationToken cancellationToken)
    {
        await EnsureKeyAsync(db, SigningKey.Signing, cancellationToken);
        await EnsureKeyAsync(db, SigningKey.Encryption, cancellationToken);
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());

        var demo = configuration.GetValue<bool>("DemoData:Enabled");
        await services.GetRequiredService<ClientSeeder>().SeedAsync(demo, cancellationToken);
        if (demo)
        {
            await services.GetRequiredService<DemoUserSeeder>().SeedAsync();
        }
    }

    private async Task EnsureKeyAsync(IdentityDb db, string use, CancellationToken cancellationToken)
    {
        if (await db.SigningKeys.AnyAsync(k => k.Use == use, cancellationToken))
        {
            return;
        }

        using var rsa = RSA.Create(2048);
        db.SigningKeys.Add(new SigningKey
        {
            Id = Guid.CreateVersion7(),
            Use = use,
            Pem = rsa.ExportPkcs8PrivateKeyPem(),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created the shared {Use} key", use);
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}
