using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Feed;

/// <summary>
/// Deletes public events (and their deliveries) older than <see cref="DeliveryOptions.Retention"/>, never one still
/// waiting to be delivered. Deleting is idempotent, so every instance may run it.
/// </summary>
internal sealed class PublicEventCleaner(IServiceScopeFactory scopeFactory, IOptions<DeliveryOptions> options, TimeProvider clock,
    ILogger<PublicEventCleaner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PartnersDb>();
                var before = clock.GetUtcNow() - options.Value.Retention;
                await db.Database.ExecuteSqlAsync($"""
                    DELETE FROM deliveries d USING public_events e
                    WHERE d.event_id = e.event_id AND e.occurred_at < {before} AND d.status IN ('Delivered', 'Parked', 'Withdrawn')
                    """, stoppingToken);
                await db.Database.ExecuteSqlAsync($"""
                    DELETE FROM public_events e WHERE e.occurred_at < {before}
                    AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_id = e.event_id)
                    """, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Cleaning old public events failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
