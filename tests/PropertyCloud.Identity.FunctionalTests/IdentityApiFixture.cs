using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>The Identity service in memory, in demo mode, on a fresh PostgreSQL database of its own (dropped afterwards).</summary>
public class IdentityApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private const string PostgresServer = "Host=127.0.0.1;Port=5432;Username=app;Password=app";
    private readonly string _database = $"identity_t_{Guid.NewGuid():N}";

    public string ConnectionString => $"{PostgresServer};Database={_database}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:identitydb", ConnectionString);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Starts the host, which migrates and seeds the database before it answers.</summary>
    public virtual Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
