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

    public RabbitMqManagementClient(IHttpClientFactory httpClients, IConfiguration configuration, IOptions<BrokerOptions> options)
    {
        _httpClients = httpClients;
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
        using var http = _httpClients.CreateClient(HttpClientName);
        http.BaseAddress = _baseAddress;
        http.DefaultRequestHeaders.Authorization = _authorization;
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
}
