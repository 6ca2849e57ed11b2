using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>
/// A timer that claims due rows in batches — the subclass's query uses FOR UPDATE SKIP LOCKED — changes them and
/// writes their events, one transaction per batch, and goes again at once while batches come back full. Any number
/// of instances share the work and never act on a row twice; a failed round is retried at the next tick.
/// </summary>
public abstract class ClaimedBatchScanner<TDbContext>(IServiceScopeFactory scopeFactory, TimeProvider clock, ILogger logger)
    : BackgroundService where TDbContext : DbContext
{
    protected abstract TimeSpan Interval { get; }

    protected abstract int BatchSize { get; }

    /// <summary>Claims at most <see cref="BatchSize"/> rows due at <paramref name="now"/>, changes them and adds their events; returns how many it claimed.</summary>
    protected abstract Task<int> ClaimBatchAsync(TDbContext db, DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                while (await ScanBatchAsync(stoppingToken) == BatchSize)
                {
                    // a full batch: there may be more waiting
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Scanner} round failed; retrying at the next tick", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ScanBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await ClaimBatchAsync(db, clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return claimed;
        });
    }
}
