using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PropertyCloud.Testing;

/// <summary>The shared RabbitMQ's management API, for tests that create or delete virtual hosts and broker users.</summary>
public static class BrokerManagement
{
    private static readonly HttpClient Client = CreateClient();

    public static async Task CreateVirtualHostAsync(string name)
    {
        (await Client.PutAsync($"api/vhosts/{Uri.EscapeDataString(name)}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await Client.PutAsync($"api/permissions/{Uri.EscapeDataString(name)}/{TestInfrastructure.User}", permissions)).EnsureSuccessStatusCode();
    }

    public static async Task DeleteVirtualHostAsync(string name) => await Client.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");

    /// <summary>The queues of the virtual host as the management API lists them (name, type, messages, ...).</summary>
    public static async Task<JsonElement> QueuesAsync(string virtualHost) =>
        JsonDocument.Parse(await Client.GetStringAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}")).RootElement;

    /// <summary>Deletes a broker user (e.g. one a service provisioned); a user already gone is fine.</summary>
    public static async Task DeleteUserAsync(string user) => await Client.DeleteAsync($"api/users/{Uri.EscapeDataString(user)}");

    private static HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{TestInfrastructure.RabbitHost}:{TestInfrastructure.RabbitManagementPort}/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{TestInfrastructure.User}:{TestInfrastructure.Password}")));
        return client;
    }
}
