using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>A partner's webhook endpoint: a small Kestrel app on a random port recording every call, failing on demand.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Answer every call with this status (e.g. 503) instead of 204; null to accept.</summary>
    public int? FailWith { get; set; }

    public int Calls => _calls;
    private int _calls;

    public Uri Url { get; private set; } = null!;

    private WebhookReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hooks", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _calls);
            if (FailWith is { } status)
            {
                return Results.StatusCode(status);
            }
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            Received.Enqueue(new ReceivedWebhook(
                new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body, context.Request.ContentType));
            return Results.NoContent();
        });
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hooks");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(IHeaderDictionary Headers, string Body, string? ContentType)
{
    public string Id => Headers["webhook-id"].ToString();
}
