using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// Climbs overdue bills up their estate's dunning ladder: claims the bills whose next rung is due (row locks, so
/// two replicas or a replica and a manual round never send one twice; the (bill, step) index backs this up), records
/// on each bill the highest rung reached and writes one notice for it, with the figures as of that day.
/// </summary>
public static class DunningRound
{
    private static readonly DunningPolicy Defaults = DunningPolicy.Default(Guid.Empty);

    /// <summary>
    /// Locks up to <paramref name="limit"/> bills due a new rung. <paramref name="estateId"/> null: every estate that
    /// configured a ladder (the scheduled round); else that estate, on its ladder or the default one (a manual round).
    /// </summary>
    /// <remarks>Bills locked by another round are skipped: that round is sending them their rung.</remarks>
    public static Task<List<Bill>> ClaimDueAsync(BillingDb db, Guid? estateId, DateOnly today, int limit, CancellationToken cancellationToken) =>
        db.Bills.FromSql($"""
            SELECT b.* FROM bills b LEFT JOIN dunning_policies p ON p.estate_id = b.estate_id
            WHERE b.due_date < {today} AND b.amount + b.adjusted_amount - b.paid_amount > 0
              AND ((CAST({estateId} AS uuid) IS NULL AND p.estate_id IS NOT NULL) OR b.estate_id = CAST({estateId} AS uuid))
              AND (   (b.last_dunning_step IS NULL AND {today} - b.due_date >= COALESCE(p.reminder_after_days, {Defaults.ReminderAfterDays}))
                   OR (b.last_dunning_step = 'Reminder' AND {today} - b.due_date >= COALESCE(p.notice_after_days, {Defaults.NoticeAfterDays}))
                   OR (b.last_dunning_step = 'Notice' AND {today} - b.due_date >= COALESCE(p.final_notice_after_days, {Defaults.FinalNoticeAfterDays})))
            ORDER BY b.due_date, b.id
            LIMIT {limit}
            FOR UPDATE OF b SKIP LOCKED
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// Waits for and locks the estate's overdue bills, in id order, for a manual round: <see cref="ClaimDueAsync"/> skips
    /// bills other transactions hold (the overdue and late-fee scans lock them for a moment), which suits the scheduled
    /// round that comes back, but would silently leave them out of the round a clerk asked for. Two manual rounds queue here.
    /// </summary>
    public static Task LockOverdueAsync(BillingDb db, Guid estateId, DateOnly today, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            SELECT 1 FROM bills
            WHERE estate_id = {estateId} AND due_date < {today} AND amount + adjusted_amount - paid_amount > 0
            ORDER BY id
            FOR UPDATE
            """, cancellationToken);

    /// <summary>Sends each claimed bill the highest rung it has reached and not had yet; returns the notices added to <paramref name="db"/>.</summary>
    public static async Task<List<DunningNotice>> AdvanceAsync(BillingDb db, IReadOnlyList<Bill> bills, DateOnly today, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var notices = new List<DunningNotice>();
        foreach (var estate in bills.GroupBy(b => b.EstateId))
        {
            var policy = await Arrears.PolicyOfAsync(db, estate.Key, cancellationToken);
            var payments = policy.LateFees is null
                ? null
                : await Arrears.PaymentsByDayAsync(db, [.. estate.Select(b => b.Id)], cancellationToken);
            foreach (var bill in estate)
            {
                var days = today.DayNumber - bill.DueDate.DayNumber;
                if (policy.StepFor(days) is { } step && bill.ClimbTo(step))
                {
                    var lateFee = policy.LateFees is { } terms && payments is not null ? Arrears.LateFeeOf(bill, payments, today, terms) : 0m;
                    notices.Add(DunningNotice.Issue(bill, step, days, lateFee, now));
                }
            }
        }
        db.DunningNotices.AddRange(notices);
        return notices;
    }
}
