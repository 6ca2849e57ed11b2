using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Testing;

namespace PropertyCloud.EndToEnd.Tests;

/// <summary>
/// The whole system started by the real app host (every service, the gateway, demo data) on databases and a
/// virtual host of its own, shared by all end-to-end tests.
/// </summary>
public sealed class Platform : IAsyncLifetime
{
    private static readonly string[] Services = ["identity", "residents", "archives", "billing", "repairs", "surveys", "quality", "partners", "web"];
    private readonly TestDatabase[] _databases = [.. Services.Select(service => new TestDatabase(service))];
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
            "Gateway:Port=0",
            $"ConnectionStrings:rabbitmq={_virtualHost.ConnectionString()}",
            .. Services.Select((service, i) => $"ConnectionStrings:{service}db={_databases[i].ConnectionString}"),
        ]);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.StartAsync(startup.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
    }

    /// <summary>A client of the gateway, signed in as the demo user of <paramref name="role"/> if given.</summary>
    public async Task<HttpClient> GatewayClientAsync(string? role = null)
    {
        var client = App.CreateHttpClient("gateway");
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(role));
        }
        return client;
    }

    public async Task<string> TokenAsync(string userName, string password = "Demo@12345")
    {
        using var client = App.CreateHttpClient("gateway");
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "propertycloud-cli",
            ["username"] = userName,
            ["password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _virtualHost.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
