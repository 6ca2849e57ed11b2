using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Billing.Benchmark;

/// <summary>
/// Relays the bill run's committed BillIssued outbox rows with the service's own outbox relay (the same AddEventBus
/// registration, default settings) to a fresh RabbitMQ virtual host, where a durable queue bound to the BillIssued
/// exchange stores every message, and times until no row is left unsent.
/// </summary>
internal static class RelayBenchmark
{
    private const string VirtualHost = "billing_bench";
    private const string Queue = "bench-bill-issued";
    private static readonly string Exchange = $"{typeof(BillIssued).Namespace}:{nameof(BillIssued)}";

    public static async Task RunAsync(string pgServer, string database, Stopwatch sinceCommit)
    {
        var rabbit = Environment.GetEnvironmentVariable("BENCH_RABBIT_API") ?? "http://127.0.0.1:15672";
        using var api = new HttpClient { BaseAddress = new Uri(rabbit) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("app:app")));
        await api.DeleteAsync($"/api/vhosts/{VirtualHost}");
        (await api.PutAsJsonAsync($"/api/vhosts/{VirtualHost}", new { })).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync($"/api/permissions/{VirtualHost}/app", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        var exchange = Uri.EscapeDataString(Exchange);
        (await api.PutAsJsonAsync($"/api/exchanges/{VirtualHost}/{exchange}", new { type = "fanout", durable = true })).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync($"/api/queues/{VirtualHost}/{Queue}", new { durable = true })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/api/bindings/{VirtualHost}/e/{exchange}/q/{Queue}", new { routing_key = "" })).EnsureSuccessStatusCode();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:billingdb"] = $"{pgServer};Database={database}",
            ["ConnectionStrings:rabbitmq"] = $"amqp://app:app@127.0.0.1:5672/{VirtualHost}",
        });
        builder.AddServiceDatabase<BillingDb>("billingdb");
        builder.AddEventBus<BillingDb>("billing", [typeof(BillIssued).Assembly]);
        using var host = builder.Build();

        var startedAfter = sinceCommit.Elapsed;
        await host.StartAsync();
        var relaying = Stopwatch.StartNew();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDb>();
        var total = await Unsent(db);
        while (await Unsent(db) > 0)
        {
            await Task.Delay(200);
        }
        relaying.Stop();
        var fromCommit = sinceCommit.Elapsed;
        await host.StopAsync();

        var queued = 0L;
        for (var i = 0; i < 20 && queued < total; i++)
        {
            // The management API's counters lag a few seconds behind the broker.
            await Task.Delay(1000);
            queued = (await api.GetFromJsonAsync<QueueInfo>($"/api/queues/{VirtualHost}/{Queue}"))?.messages ?? 0;
        }
        Console.WriteLine($"relay: {total:N0} BillIssued rows published in {relaying.Elapsed.TotalSeconds:F1} s after the relay started "
            + $"({total / relaying.Elapsed.TotalSeconds:N0} events/s); {fromCommit.TotalSeconds:F1} s from the bill run's commit "
            + $"({total / fromCommit.TotalSeconds:N0} events/s, host start at +{startedAfter.TotalSeconds:F1} s); queue holds {queued:N0}");
        await api.DeleteAsync($"/api/vhosts/{VirtualHost}");
    }

    private static Task<long> Unsent(BillingDb db) =>
        db.Database.SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM outbox_messages WHERE sent_at IS NULL""").SingleAsync();

    private sealed record QueueInfo(long messages);
}
