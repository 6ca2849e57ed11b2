using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Broker;

/// <summary>
/// Creates partners' broker users through the RabbitMQ management HTTP API: PUTs, so doing it twice is harmless.
/// A partner may read its own queue and nothing else: no configure, no write, no other queue.
/// </summary>
public sealed class RabbitMqManagementClient
{
    public const string HttpClientName = "rabbitmq-management";

    private readonly IHttpClientFactory _httpClients;
    private readonly Uri _baseAddress;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly string _virtualHost;
    private readonly ILogger<RabbitMqManagementClient> _logger;

    public RabbitMqManagementClient(IHttpClientFactory httpClients, IConfiguration configuration, IOptions<BrokerOptions> options,
        ILogger<RabbitMqManagementClient> logger)
    {
        _httpClients = httpClients;
        _logger = logger;
        var amqp = new Uri(configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("Connection string 'rabbitmq' is missing."));
        var settings = options.Value;
        var userInfo = amqp.UserInfo.Split(':', 2);
        var user = settings.ManagementUser ?? Uri.UnescapeDataString(userInfo[0]);
        var password = settings.ManagementPassword ?? (userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "");
        _baseAddress = settings.ManagementUrl ?? new UriBuilder(Uri.UriSchemeHttp, amqp.Host, 15672).Uri;
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var path = Uri.UnescapeDataString(amqp.AbsolutePath.TrimStart('/'));
        _virtualHost = path.Length == 0 ? "/" : path;
    }

    /// <summary>The virtual host partners connect to: the one the feed publishes on.</summary>
    public string VirtualHost => _virtualHost;

    public async Task ProvisionAsync(Partner partner, CancellationToken cancellationToken)
    {
        using var http = CreateClient();
        var user = Uri.EscapeDataString(partner.BrokerUser!);
        var account = await http.PutAsJsonAsync($"api/users/{user}", new
        {
            password_hash = partner.BrokerPasswordHash,
            hashing_algorithm = BrokerPassword.HashingAlgorithm,
            tags = "",
        }, cancellationToken);
        account.EnsureSuccessStatusCode();
        var permissions = await http.PutAsJsonAsync($"api/permissions/{Uri.EscapeDataString(_virtualHost)}/{user}", new
        {
            configure = "^$",
            write = "^$",
            read = partner.BrokerReadPattern(),
        }, cancellationToken);
        permissions.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Closes every connection <paramref name="brokerUser"/> has open. RabbitMQ checks a password only when a
    /// connection opens, so after a rotation the sessions opened with the old password would otherwise live on.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A listed connection could not be closed yet: the management API lists a connection at once but can close it only
    /// once its statistics arrive (a few seconds). The caller tries again later.
    /// </exception>
    public async Task<int> CloseConnectionsAsync(string brokerUser, string reason, CancellationToken cancellationToken)
    {
        using var http = CreateClient();
        var connections = await ConnectionsOfAsync(http, brokerUser, cancellationToken);
        var notFound = new List<string>();
        foreach (var connection in connections)
        {
            using var close = new HttpRequestMessage(HttpMethod.Delete, $"api/connections/{Uri.EscapeDataString(connection)}");
            close.Headers.Add("X-Reason", reason);
            using var closed = await http.SendAsync(close, cancellationToken);
            if (closed.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                notFound.Add(connection);
                continue;
            }
            closed.EnsureSuccessStatusCode();
        }
        if (notFound.Count > 0 && (await ConnectionsOfAsync(http, brokerUser, cancellationToken)).Intersect(notFound).Any())
        {
            throw new InvalidOperationException($"Broker connections of {brokerUser} are open but cannot be closed yet.");
        }
        if (connections.Count > 0)
        {
            _logger.LogInformation("Closed {Count} broker connections of {User}: {Reason}", connections.Count - notFound.Count, brokerUser, reason);
        }
        return connections.Count - notFound.Count;
    }

    private static async Task<List<string>> ConnectionsOfAsync(HttpClient http, string brokerUser, CancellationToken cancellationToken) =>
        [.. (await http.GetFromJsonAsync<List<BrokerConnection>>($"api/connections/username/{Uri.EscapeDataString(brokerUser)}", cancellationToken) ?? [])
            .Select(c => c.Name)];

    private HttpClient CreateClient()
    {
        var http = _httpClients.CreateClient(HttpClientName);
        http.BaseAddress = _baseAddress;
        http.DefaultRequestHeaders.Authorization = _authorization;
        return http;
    }

    private sealed record BrokerConnection(string Name);
}
