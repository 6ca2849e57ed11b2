namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>
/// Late fees (滞纳金), when an estate charges them. The rule: nothing up to the end of the grace period; after it, each
/// day from the start day (<see cref="LateFeeStart"/>) up to and including the day asked about accrues the daily rate on
/// the principal still owed at the start of that day — a payment made on a day takes its amount out of the base from
/// that day on. Payments settle a bill's principal before its late fees. The sum of owed-days × rate is rounded once to
/// the fen, half away from zero (四舍五入), then capped (cap % × principal, rounded the same way; at most the principal).
/// </summary>
public static class LateFees
{
    /// <summary>The accrual with no grace and no cap other than the principal, from the due date.</summary>
    public static decimal Accrued(decimal principal, DateOnly dueDate, IEnumerable<(DateOnly On, decimal Amount)> payments, DateOnly asOf, decimal dailyRate) =>
        Accrued(principal, dueDate, payments, asOf, new LateFeeTerms(dailyRate));

    /// <param name="principal">The bill's charges after adjustments, without the late fees already charged on it.</param>
    /// <param name="payments">What was paid towards the bill and on which (China) day, any order.</param>
    public static decimal Accrued(decimal principal, DateOnly dueDate, IEnumerable<(DateOnly On, decimal Amount)> payments, DateOnly asOf, LateFeeTerms terms)
    {
        var sorted = payments.OrderBy(p => p.On).ToList();
        var graceEnds = terms.GraceEnds(dueDate);
        if (asOf <= graceEnds || principal - sorted.Where(p => p.On <= graceEnds).Sum(p => p.Amount) <= 0)
        {
            return 0m;
        }
        var from = terms.Start == LateFeeStart.FromDueDate ? dueDate : graceEnds;
        var owed = principal - sorted.Where(p => p.On <= from).Sum(p => p.Amount);
        var accruedUpTo = from;
        var owedDays = 0m;
        foreach (var (on, amount) in sorted.Where(p => p.On > from))
        {
            var lastUnpaidDay = Min(on.AddDays(-1), asOf);
            if (lastUnpaidDay > accruedUpTo)
            {
                owedDays += Math.Max(owed, 0) * (lastUnpaidDay.DayNumber - accruedUpTo.DayNumber);
                accruedUpTo = lastUnpaidDay;
            }
            owed -= amount;
        }
        if (asOf > accruedUpTo)
        {
            owedDays += Math.Max(owed, 0) * (asOf.DayNumber - accruedUpTo.DayNumber);
        }
        return Math.Min(Money.ToFen(owedDays * terms.DailyRate), terms.CapFor(principal));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
