using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>A partner's webhook endpoint on a random port that answers 503 while <see cref="Down"/>, and counts every call per webhook id.</summary>
public sealed class FlakyWebhookEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    public bool Down { get; set; } = true;
    public ConcurrentDictionary<string, int> Failed { get; } = new();
    public ConcurrentDictionary<string, int> Accepted { get; } = new();
    public Uri Url { get; private set; } = null!;

    public int FailedCalls => Failed.Values.Sum();
    public int AcceptedCalls => Accepted.Values.Sum();

    private FlakyWebhookEndpoint()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hooks", (HttpContext context) =>
        {
            var id = context.Request.Headers["webhook-id"].ToString();
            (Down ? Failed : Accepted).AddOrUpdate(id, 1, (_, n) => n + 1);
            return Down ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.NoContent();
        });
    }

    public static async Task<FlakyWebhookEndpoint> StartAsync()
    {
        var endpoint = new FlakyWebhookEndpoint();
        await endpoint._app.StartAsync();
        var address = endpoint._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        endpoint.Url = new Uri(new Uri(address), "/hooks");
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
