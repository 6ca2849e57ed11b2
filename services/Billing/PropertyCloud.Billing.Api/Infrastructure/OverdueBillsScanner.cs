using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Finds bills past their due date with money owed, marks them and raises <see cref="BillOverdue"/> once per bill.</summary>
internal sealed class OverdueBillsScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<OverdueBillsOptions> options, ILogger<OverdueBillsScanner> logger)
    : ClaimedBatchScanner<BillingDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ScanInterval;

    protected override int BatchSize => options.Value.BatchSize;

    protected override async Task<int> ClaimBatchAsync(BillingDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(now);
        var bills = await db.Bills.FromSql($"""
            SELECT * FROM bills
            WHERE overdue_at IS NULL AND due_date < {today} AND amount + adjusted_amount - paid_amount > 0
            ORDER BY due_date
            LIMIT {BatchSize}
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
        return bills.Count;
    }
}
