using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using PropertyCloud.Testing;

namespace PropertyCloud.EndToEnd.Tests;

/// <summary>
/// The whole system with two instances of every event-consuming service (app host parameter Replicas=2), on
/// databases and a virtual host of its own, with demo data, for showing that effects happen once however many
/// instances consume and relay.
/// </summary>
public sealed class ReplicatedPlatform : IAsyncLifetime
{
    private readonly Dictionary<string, TestDatabase> _databases = AppHostDatabases().ToDictionary(n => n, n => new TestDatabase(n[..^2]));
    private TestVirtualHost _virtualHost = null!;

    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PropertyCloud_AppHost>(
        [
            "InfraMode=local",
            "DemoData:Enabled=true",
            "DemoData:Estates=3",
            "Replicas=2",
            "Gateway:Port=0",
            // The burst comes from one client; the gateway's per-client limit is not under test here.
            "Gateway:PermitsPerSecond=10000",
            "Gateway:Burst=10000",
            // Twenty processes share one PostgreSQL with other tests: small pools, waited for.
            .. _databases.Select(d => $"ConnectionStrings:{d.Key}={d.Value.ConnectionString};"
                + "Maximum Pool Size=6;Timeout=60;Connection Idle Lifetime=10"),
            $"ConnectionStrings:rabbitmq={_virtualHost.ConnectionString()}",
        ]);
        // Four instances more than the usual platform share two cores: slow answers are waited for, and a POST is
        // never repeated behind the test's back (a repeated registration would be a second business action).
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(options =>
        {
            options.Retry.DisableForUnsafeHttpMethods();
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(120);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(180);
        }));
        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await App.StartAsync(startup.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
    }

    /// <summary>A client of the gateway signed in as the demo user of <paramref name="role"/>.</summary>
    public async Task<HttpClient> GatewayClientAsync(string role)
    {
        using var anonymous = App.CreateHttpClient("gateway");
        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "propertycloud-cli",
            ["username"] = role,
            ["password"] = "Demo@12345",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var client = App.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>Every database the app host is configured with (AppHost/appsettings.json), so a new service is covered too.</summary>
    private static IEnumerable<string> AppHostDatabases()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "PropertyCloud.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("PropertyCloud.sln not found");
        }
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "AppHost", "appsettings.json")));
        return [.. settings.RootElement.GetProperty("ConnectionStrings").EnumerateObject()
            .Select(connection => connection.Name)
            .Where(name => name.EndsWith("db", StringComparison.Ordinal))];
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _virtualHost.DisposeAsync();
        foreach (var database in _databases.Values)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReplicatedPlatformCollection : ICollectionFixture<ReplicatedPlatform>
{
    public const string Name = "replicated platform";
}
