using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Repairs.Api.Sla;

/// <summary>
/// The SLA timer: finds targets that passed unmet and raises <see cref="SlaBreached"/> once for each. Rows are
/// claimed with FOR UPDATE SKIP LOCKED, so several instances share the work and never raise the same breach twice.
/// </summary>
internal sealed class SlaBreachWatcher(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<SlaWatcherOptions> options, ILogger<SlaBreachWatcher> logger)
    : BackgroundService
{
    private readonly SlaWatcherOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(_options.PollInterval);
        do
        {
            try
            {
                while (await RaiseDueBreachesAsync(stoppingToken) == _options.BatchSize)
                {
                    // a full batch: there may be more waiting
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "SLA timer round failed; retrying at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> RaiseDueBreachesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RepairsDb>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var due = await db.SlaDeadlines.FromSql($"""
                SELECT * FROM sla_deadlines
                WHERE met_at IS NULL AND breached_at IS NULL AND due_at <= {now}
                ORDER BY due_at LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }
            var orderIds = due.Select(d => d.RepairOrderId).Distinct().ToList();
            var orders = await db.RepairOrders.AsNoTracking().IgnoreAutoIncludes()
                .Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
            foreach (var deadline in due.Where(d => d.Breach(now)))
            {
                db.AddIntegrationEvent(RepairEvents.Breached(orders[deadline.RepairOrderId], deadline));
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }
}
