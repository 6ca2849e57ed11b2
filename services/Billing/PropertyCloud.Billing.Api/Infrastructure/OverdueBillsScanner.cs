using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// Finds bills past their due date with money owed, marks them and raises <see cref="BillOverdue"/> once per bill.
/// Bills are claimed with FOR UPDATE SKIP LOCKED, so several instances scan side by side without raising twice.
/// </summary>
internal sealed class OverdueBillsScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<OverdueBillsOptions> options, ILogger<OverdueBillsScanner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, clock);
        do
        {
            try
            {
                while (await ScanBatchAsync(stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Overdue bill scan failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ScanBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDb>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var today = BillingCalendar.Today(now);
            var bills = await db.Bills.FromSql($"""
                SELECT * FROM bills
                WHERE overdue_at IS NULL AND due_date < {today} AND amount + adjusted_amount - paid_amount > 0
                ORDER BY due_date
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            foreach (var bill in bills)
            {
                bill.MarkOverdue(now);
                db.AddIntegrationEvent(new BillOverdue
                {
                    EventId = Guid.CreateVersion7(),
                    OccurredAt = now,
                    EstateId = bill.EstateId,
                    BillId = bill.Id,
                    UnitId = bill.UnitId,
                    Period = bill.Period,
                    DueDate = bill.DueDate,
                    AmountOwed = bill.Outstanding,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return bills.Count;
        });
    }
}
