using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>An overdue bill as of a day: how late, and the late fee accrued (0 when the estate charges none).</summary>
public sealed record OverdueBill(Bill Bill, int DaysOverdue, decimal LateFee);

/// <summary>Reads overdue bills with what the late-fee rule needs: payments by day.</summary>
public static class Arrears
{
    public static async Task<DunningPolicy> PolicyOfAsync(BillingDb db, Guid estateId, CancellationToken cancellationToken) =>
        await db.DunningPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.EstateId == estateId, cancellationToken)
        ?? DunningPolicy.Default(estateId);

    public static async Task<IReadOnlyList<OverdueBill>> OverdueAsync(BillingDb db, DunningPolicy policy, Guid? unitId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var query = db.Bills.AsNoTracking()
            .Where(b => b.EstateId == policy.EstateId && b.DueDate < today && b.Amount + b.AdjustedAmount - b.PaidAmount > 0);
        query = unitId is null ? query : query.Where(b => b.UnitId == unitId);
        var bills = await query.OrderBy(b => b.Period).ToListAsync(cancellationToken);
        var terms = policy.LateFees;
        var payments = terms is null ? NoPayments : await PaymentsByDayAsync(db, [.. bills.Select(b => b.Id)], cancellationToken);
        return [.. bills.Select(bill => new OverdueBill(bill, today.DayNumber - bill.DueDate.DayNumber,
            terms is null ? 0m : LateFeeOf(bill, payments, today, terms)))];
    }

    /// <summary>The bill's whole late-fee accrual up to <paramref name="today"/>, on its principal.</summary>
    public static decimal LateFeeOf(Bill bill, ILookup<Guid, (DateOnly On, decimal Amount)> payments, DateOnly today, LateFeeTerms terms) =>
        LateFees.Accrued(bill.Principal, bill.DueDate, payments[bill.Id], today, terms);

    /// <summary>What was paid towards each bill, by (China) day, net of refunds.</summary>
    public static async Task<ILookup<Guid, (DateOnly On, decimal Amount)>> PaymentsByDayAsync(BillingDb db, IReadOnlyCollection<Guid> billIds,
        CancellationToken cancellationToken) =>
        (await (from allocation in db.Set<PaymentAllocation>()
                join payment in db.Payments on allocation.PaymentId equals payment.Id
                where billIds.Contains(allocation.BillId)
                select new { allocation.BillId, payment.ReceivedAt, Amount = allocation.Amount - allocation.RefundedAmount })
            .ToListAsync(cancellationToken))
        .ToLookup(p => p.BillId, p => (EstateCalendar.Day(p.ReceivedAt), p.Amount));

    private static readonly ILookup<Guid, (DateOnly On, decimal Amount)> NoPayments =
        Array.Empty<(Guid BillId, DateOnly On, decimal Amount)>().ToLookup(p => p.BillId, p => (p.On, p.Amount));
}
