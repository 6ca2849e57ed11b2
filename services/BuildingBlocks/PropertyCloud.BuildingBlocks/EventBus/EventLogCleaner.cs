using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>
/// Deletes outbox rows sent longer ago than <see cref="OutboxOptions.SentRetention"/> and inbox rows older than
/// <see cref="OutboxOptions.InboxRetention"/>, in small batches. Unsent rows are never touched. Deleting is
/// idempotent, so every instance may run it.
/// </summary>
internal sealed class EventLogCleaner<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<EventLogCleaner<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    private const int BatchSize = 5000;
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CleanupInterval, clock);
        do
        {
            try
            {
                await CleanAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Cleaning the event log of {DbContext} failed; trying again later", typeof(TDbContext).Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CleanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = clock.GetUtcNow();
        var sentBefore = now - _options.SentRetention;
        var handledBefore = now - _options.InboxRetention;
        while (await db.Database.ExecuteSqlAsync($"""
            DELETE FROM outbox_messages WHERE event_id IN
              (SELECT event_id FROM outbox_messages WHERE sent_at < {sentBefore} LIMIT {BatchSize})
            """, cancellationToken) == BatchSize)
        {
        }
        while (await db.Database.ExecuteSqlAsync($"""
            DELETE FROM inbox_messages WHERE (event_id, consumer) IN
              (SELECT event_id, consumer FROM inbox_messages WHERE handled_at < {handledBefore} LIMIT {BatchSize})
            """, cancellationToken) == BatchSize)
        {
        }
    }
}
