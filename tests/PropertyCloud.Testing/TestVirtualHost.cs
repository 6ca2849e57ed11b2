using System.Net.Http.Headers;
using System.Text;

namespace PropertyCloud.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so its exchanges and queues never meet another
/// test's (or a running system's). Created and deleted through the management API.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private static readonly HttpClient Management = CreateManagementClient();

    public string Name { get; } = $"pc-test-{Guid.NewGuid():N}";

    /// <summary>Connection string for this vhost through <paramref name="port"/> (a <see cref="TcpProxy"/>'s, or the broker's).</summary>
    public string ConnectionString(int port = TestInfrastructure.RabbitPort) =>
        $"amqp://{TestInfrastructure.User}:{TestInfrastructure.Password}@{TestInfrastructure.RabbitHost}:{port}/{Name}";

    public Uri HostAddress(int port = TestInfrastructure.RabbitPort) => new(ConnectionString(port));

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var vhost = new TestVirtualHost();
        (await Management.PutAsync($"api/vhosts/{vhost.Name}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await Management.PutAsync($"api/permissions/{vhost.Name}/{TestInfrastructure.User}", permissions)).EnsureSuccessStatusCode();
        return vhost;
    }

    /// <summary>The queues of this vhost as the management API lists them (name, type, messages, ...).</summary>
    public async Task<System.Text.Json.JsonElement> QueuesAsync() =>
        System.Text.Json.JsonDocument.Parse(await Management.GetStringAsync($"api/queues/{Name}")).RootElement;

    public async ValueTask DisposeAsync() => await Management.DeleteAsync($"api/vhosts/{Name}");

    private static HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{TestInfrastructure.RabbitHost}:{TestInfrastructure.RabbitManagementPort}/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{TestInfrastructure.User}:{TestInfrastructure.Password}")));
        return client;
    }
}
