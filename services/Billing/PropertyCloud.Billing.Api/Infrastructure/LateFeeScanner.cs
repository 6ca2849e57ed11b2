using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// Charges late fees (滞纳金) in estates that configured them: at most once per bill and calendar month (the bill's
/// assessment day and a unique (bill, month) adjustment guard it), each overdue bill gets a late-fee adjustment for what
/// accrued since its last one, posted Dr receivables / Cr late-fee income. A bill whose principal was paid after its
/// last assessment is assessed once more, so the days until payment are charged too. Late fees are income of the month
/// they are charged in, so they are charged on bills of closed periods as well.
/// </summary>
internal sealed class LateFeeScanner(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<LateFeeOptions> options, ILogger<LateFeeScanner> logger)
    : ClaimedBatchScanner<BillingDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ScanInterval;

    protected override int BatchSize => options.Value.BatchSize;

    protected override async Task<int> ClaimBatchAsync(BillingDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var bills = await db.Bills.FromSql($"""
            SELECT b.* FROM bills b JOIN dunning_policies p ON p.estate_id = b.estate_id
            WHERE p.late_fee_daily_rate IS NOT NULL
              AND b.due_date + p.late_fee_grace_days < {today}
              AND (b.late_fee_assessed_on IS NULL OR b.late_fee_assessed_on < {monthStart})
              AND (b.paid_amount < b.amount + b.adjusted_amount - b.late_fee_charged
                   OR (b.last_paid_on > b.due_date AND (b.late_fee_assessed_on IS NULL OR b.late_fee_assessed_on < b.last_paid_on)))
            ORDER BY b.due_date
            LIMIT {BatchSize}
            FOR UPDATE OF b SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (bills.Count == 0)
        {
            return 0;
        }
        var estates = bills.Select(b => b.EstateId).Distinct().ToList();
        var terms = (await db.DunningPolicies.AsNoTracking().Where(p => estates.Contains(p.EstateId)).ToListAsync(cancellationToken))
            .ToDictionary(p => p.EstateId, p => p.LateFees);
        var payments = await Arrears.PaymentsByDayAsync(db, [.. bills.Select(b => b.Id)], cancellationToken);
        foreach (var bill in bills)
        {
            if (terms.GetValueOrDefault(bill.EstateId) is not { } estateTerms)
            {
                continue;
            }
            var charged = bill.AssessLateFee(Arrears.LateFeeOf(bill, payments, today, estateTerms), today);
            if (charged > 0)
            {
                var adjustment = BillAdjustment.LateFee(bill, charged, today, now);
                db.Adjustments.Add(adjustment);
                db.LedgerEntries.AddRange(Postings.ForAdjustment(adjustment));
            }
        }
        return bills.Count;
    }
}
