using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Repairs.Api.Sla;

/// <summary>
/// The SLA timer: finds targets that passed unmet and raises <see cref="SlaBreached"/> once for each (with
/// <see cref="ResidentNoticeRequired"/> for an emergency left unresolved), setting the estate's escalation ladder going;
/// then raises <see cref="SlaEscalated"/> for each rung that has come due. Rows are claimed with FOR UPDATE SKIP LOCKED,
/// so several instances share the work and never raise the same breach or rung twice.
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
                while (await RaiseDueEscalationsAsync(stoppingToken) == _options.BatchSize)
                {
                    // the same for rungs of the escalation ladders
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
                WHERE met_at IS NULL AND breached_at IS NULL AND NOT paused AND due_at <= {now}
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
            var ladders = new Dictionary<Guid, EscalationLadder>();
            foreach (var deadline in due.Where(d => d.Breach(now)))
            {
                var order = orders[deadline.RepairOrderId];
                db.AddIntegrationEvent(RepairEvents.Breached(order, deadline));
                if (deadline.Target == SlaTarget.Resolution && order.NeedsResidentNoticeWhenUnresolved)
                {
                    db.AddIntegrationEvent(RepairEvents.ResidentNotice(order, deadline));
                }
                if (!ladders.TryGetValue(order.EstateId, out var ladder))
                {
                    ladder = ladders[order.EstateId] = await SlaPolicies.LadderAsync(db, order.EstateId, cancellationToken);
                }
                db.SlaEscalations.AddRange(ladder.PlanFor(deadline));
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }

    private async Task<int> RaiseDueEscalationsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RepairsDb>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var due = await db.SlaEscalations.FromSql($"""
                SELECT * FROM sla_escalations
                WHERE raised_at IS NULL AND due_at <= {now}
                ORDER BY due_at LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }
            var orderIds = due.Select(e => e.RepairOrderId).Distinct().ToList();
            var orders = await db.RepairOrders.AsNoTracking()
                .Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
            foreach (var escalation in due)
            {
                var order = orders[escalation.RepairOrderId];
                if (escalation.Raise(order.Deadlines.First(d => d.Target == escalation.Target), now))
                {
                    db.AddIntegrationEvent(RepairEvents.Escalated(order, escalation));
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        });
    }
}
