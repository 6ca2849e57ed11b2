using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using PropertyCloud.Testing;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>The Identity service in memory, in demo mode, on a fresh PostgreSQL database of its own (dropped afterwards).</summary>
public class IdentityApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = new("identity");

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _demoTokens = new();

    public string ConnectionString => _database.ConnectionString;

    /// <summary>One access token per demo user for the fixture's lifetime: each password grant costs a password hash.</summary>
    public Task<string> DemoTokenAsync(string userName) =>
        _demoTokens.GetOrAdd(userName, name => new Lazy<Task<string>>(() => CreateClient().AccessTokenForAsync(name))).Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:identitydb", ConnectionString);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every sign-in and seeded user costs a password hash; production's 100,000 PBKDF2 rounds would dominate the run.
        // The round count travels inside each hash, so verification is unchanged in kind.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000));
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
