namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>
/// Late fees (滞纳金), when an estate charges them. The rule: every day after the due date, up to and including the
/// day asked about, accrues the daily rate on what was still owed that day; money paid on a day stops that day's
/// accrual on the amount paid. The sum is rounded once to the fen (half away from zero) and never exceeds what the
/// bill charged, so partial payments lower the fee exactly in proportion to amount and days.
/// </summary>
public static class LateFees
{
    /// <param name="charged">The bill's amount after adjustments.</param>
    /// <param name="payments">What was paid towards the bill and on which (China) day, any order.</param>
    public static decimal Accrued(decimal charged, DateOnly dueDate, IEnumerable<(DateOnly On, decimal Amount)> payments, DateOnly asOf, decimal dailyRate)
    {
        var sorted = payments.OrderBy(p => p.On).ToList();
        var owed = charged - sorted.Where(p => p.On <= dueDate).Sum(p => p.Amount);
        var accruedUpTo = dueDate;
        var owedDays = 0m;
        foreach (var (on, amount) in sorted.Where(p => p.On > dueDate))
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
        return Math.Min(Money.ToFen(owedDays * dailyRate), Math.Max(charged, 0));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
