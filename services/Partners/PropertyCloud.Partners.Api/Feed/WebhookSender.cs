using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Feed;

/// <summary>
/// POSTs a partner message to the partner's webhook, signed; any answer but 2xx is a failure. Its own HttpClient:
/// the defaults' resilience handler would retry on its own schedule, and service discovery must never resolve a
/// partner's URL to an internal service.
/// </summary>
public sealed class WebhookSender(TimeProvider clock, IOptions<DeliveryOptions> options, ISecretProtector secrets) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = options.Value.SendTimeout,
    };

    public async Task SendAsync(Partner partner, Guid eventId, PartnerMessage message, CancellationToken cancellationToken)
    {
        var messageId = eventId.ToString("D");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, partner.WebhookUrl);
        request.Content = new ReadOnlyMemoryContent(message.Body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(message.ContentType);
        request.Headers.Add(WebhookSignature.IdHeader, messageId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(partner.WebhookSigningSecret(secrets), messageId, timestamp, message.Body.Span));
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    public void Dispose() => _http.Dispose();
}
