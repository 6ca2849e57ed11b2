using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PropertyCloud.Testing;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>The Identity service in memory, in demo mode, on a fresh PostgreSQL database of its own (dropped afterwards).</summary>
public class IdentityApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = new("identity");

    public string ConnectionString => _database.ConnectionString;

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
        await _database.DisposeAsync();
    }
}
