namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>
/// An estate's late-fee (滞纳金) terms: a share of the unpaid principal per day, e.g. 0.0003 (万分之三); grace days after
/// the due date; an optional cap as a percentage of the bill's principal; and the day accrual starts from.
/// </summary>
public sealed record LateFeeTerms(decimal DailyRate, int GraceDays = 0, decimal? CapPercent = null, LateFeeStart Start = LateFeeStart.FromDueDate)
{
    /// <summary>The most a bill of <paramref name="principal"/> may be charged: the cap rounded to the fen, never above the principal.</summary>
    public decimal CapFor(decimal principal) =>
        Math.Max(0, CapPercent is { } percent ? Math.Min(Money.ToFen(principal * percent / 100m), principal) : principal);

    /// <summary>The last day of the grace period; a bill is late-fee-free up to and including it.</summary>
    public DateOnly GraceEnds(DateOnly dueDate) => dueDate.AddDays(GraceDays);
}
