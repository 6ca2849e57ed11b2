using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.Billing.Api.Domain.Ledger;

namespace PropertyCloud.Billing.UnitTests;

/// <summary>Hand-computed late fees at 万分之三 (0.0003) a day on a 1 000.00 principal due 2026-02-15.</summary>
public sealed class LateFeeTermsTests
{
    private static readonly DateOnly Due = new(2026, 2, 15);
    private static readonly LateFeeTerms ThreePerTenThousand = new(0.0003m);

    [Fact]
    public void Accrued_UnpaidForThirtyDays_Is1000Times30Times0_0003() =>
        // 30 000 owed-days × 0.0003 = 9.00
        Assert.Equal(9.00m, LateFees.Accrued(1000m, Due, [], Due.AddDays(30), ThreePerTenThousand));

    [Fact]
    public void Accrued_With400PaidOnDayTen_CountsNineDaysOn1000AndTwentyOneOn600()
    {
        // days 1–9: 9 × 1 000 = 9 000; days 10–30: 21 × 600 = 12 600; 21 600 × 0.0003 = 6.48
        var fee = LateFees.Accrued(1000m, Due, [(Due.AddDays(10), 400m)], Due.AddDays(30), ThreePerTenThousand);

        Assert.Equal(6.48m, fee);
    }

    [Fact]
    public void Accrued_WithTwoPartialPayments_ReducesTheBaseFromEachPaymentsDay()
    {
        // days 1–4: 4 × 1 000 = 4 000; days 5–19: 15 × 750 = 11 250; days 20–30: 11 × 250 = 2 750; 18 000 × 0.0003 = 5.40
        var fee = LateFees.Accrued(1000m, Due, [(Due.AddDays(20), 500m), (Due.AddDays(5), 250m)], Due.AddDays(30), ThreePerTenThousand);

        Assert.Equal(5.40m, fee);
    }

    [Fact]
    public void Accrued_WithinTheGraceDays_IsZero() =>
        Assert.Equal(0m, LateFees.Accrued(1000m, Due, [], Due.AddDays(10), ThreePerTenThousand with { GraceDays = 10 }));

    [Fact]
    public void Accrued_PaidInFullWithinTheGraceDays_IsZeroEvenLater() =>
        Assert.Equal(0m, LateFees.Accrued(1000m, Due, [(Due.AddDays(8), 1000m)], Due.AddDays(40), ThreePerTenThousand with { GraceDays = 10 }));

    [Fact]
    public void Accrued_StillOwedAfterGrace_CountsFromTheDueDate_ByDefault()
    {
        // 600 paid on day 5 (inside the grace) still leaves 400 owed after it, so every day counts:
        // days 1–4: 4 × 1 000 = 4 000; days 5–30: 26 × 400 = 10 400; 14 400 × 0.0003 = 4.32
        var fee = LateFees.Accrued(1000m, Due, [(Due.AddDays(5), 600m)], Due.AddDays(30), ThreePerTenThousand with { GraceDays = 10 });

        Assert.Equal(4.32m, fee);
    }

    [Fact]
    public void Accrued_StartingAfterTheGracePeriod_CountsOnlyTheDaysAfterIt() =>
        // days 11–30: 20 × 1 000 = 20 000 × 0.0003 = 6.00
        Assert.Equal(6.00m, LateFees.Accrued(1000m, Due, [], Due.AddDays(30),
            ThreePerTenThousand with { GraceDays = 10, Start = LateFeeStart.AfterGracePeriod }));

    [Fact]
    public void Accrued_OverAYear_StopsAtTheCapPercentOfThePrincipal() =>
        // 365 × 1 000 × 0.0003 = 109.50, capped at 5 % of 1 000 = 50.00
        Assert.Equal(50.00m, LateFees.Accrued(1000m, Due, [], Due.AddDays(365), ThreePerTenThousand with { CapPercent = 5m }));

    [Fact]
    public void Accrued_AtHalfAFen_RoundsAwayFromZero() =>
        // 1 × 1.00 × 0.005 = 0.005 → 0.01 (四舍五入, not banker's rounding, which would give 0.00)
        Assert.Equal(0.01m, LateFees.Accrued(1m, Due, [], Due.AddDays(1), new LateFeeTerms(0.005m)));

    [Fact]
    public void AssessLateFee_TwiceWithTheSameAccrual_ChargesOnlyOnce_AndLeavesThePrincipal()
    {
        var bill = Given.Bills(Given.Unit(), [1000m])[0];
        var today = bill.DueDate.AddDays(30);

        var first = bill.AssessLateFee(9.00m, today);
        var second = bill.AssessLateFee(9.00m, today);
        var next = bill.AssessLateFee(12.60m, today.AddMonths(1));

        Assert.Equal((9.00m, 0m, 3.60m), (first, second, next));
        Assert.Equal((1000m, 12.60m, 1012.60m), (bill.Principal, bill.LateFeeCharged, bill.Outstanding));
        Assert.True(bill.LateFeeAssessedInMonthOf(today.AddMonths(1)));
    }

    [Fact]
    public void LateFeeAdjustment_PostsToReceivablesAndLateFeeIncome()
    {
        var bill = Given.Bills(Given.Unit(), [1000m])[0];
        var today = bill.DueDate.AddDays(30);
        var adjustment = BillAdjustment.LateFee(bill, bill.AssessLateFee(9.00m, today), today, Given.Now);

        var entries = Postings.ForAdjustment(adjustment);

        Assert.Equal(9.00m, entries.Single(e => e.Account == LedgerAccount.Receivables).Debit);
        Assert.Equal(9.00m, entries.Single(e => e.Account == LedgerAccount.LateFeeIncome).Credit);
        Assert.Equal($"{today:yyyy-MM}", adjustment.LateFeeMonth);
    }
}
