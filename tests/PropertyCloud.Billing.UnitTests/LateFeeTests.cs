using CsCheck;
using PropertyCloud.Billing.Api.Domain.Dunning;

namespace PropertyCloud.Billing.UnitTests;

public sealed class LateFeeTests
{
    private static readonly DateOnly Due = new(2026, 2, 15);
    private static readonly Gen<decimal> Fen = Gen.Int[1, 1_000_000].Select(n => n / 100m);
    private static readonly Gen<decimal> Rate = Gen.Int[1, 3000].Select(n => n / 1_000_000m);

    [Fact]
    public void Accrued_WithNothingPaid_IsRateTimesAmountTimesDaysRoundedToTheFen() =>
        Assert.Equal(15.00m, LateFees.Accrued(1000m, Due, [], Due.AddDays(30), 0.0005m));

    [Fact]
    public void Accrued_WithHalfPaidTenDaysLate_ChargesTheFullAmountForNineDaysAndHalfAfter()
    {
        // 1000 owed on days 1–9 (9 000 owed-days), 500 on days 10–30 (10 500): 19 500 × 0.0005 = 9.75.
        var fee = LateFees.Accrued(1000m, Due, [(Due.AddDays(10), 500m)], Due.AddDays(30), 0.0005m);

        Assert.Equal(9.75m, fee);
    }

    [Fact]
    public void Accrued_PaidInFullByTheDueDate_IsZero() =>
        Assert.Equal(0m, LateFees.Accrued(1000m, Due, [(Due.AddDays(-3), 600m), (Due, 400m)], Due.AddDays(100), 0.003m));

    [Fact]
    public void Accrued_OnTheDueDate_IsZero() => Assert.Equal(0m, LateFees.Accrued(1000m, Due, [], Due, 0.003m));

    [Fact]
    public void Accrued_OverManyYears_NeverExceedsTheAmountCharged() =>
        Assert.Equal(100m, LateFees.Accrued(100m, Due, [], Due.AddDays(3650), 0.003m));

    [Fact]
    public void Accrued_WithPaymentsAfterTheDayAsked_IgnoresThem() =>
        Assert.Equal(LateFees.Accrued(800m, Due, [], Due.AddDays(20), 0.0005m),
            LateFees.Accrued(800m, Due, [(Due.AddDays(21), 800m)], Due.AddDays(20), 0.0005m));

    [Fact]
    public void Accrued_AnyPartialPayments_EqualsTheDayByDaySumAndIsMonotone() =>
        Gen.Select(Fen, Rate, Gen.Select(Gen.Int[-5, 60], Gen.Int[1, 100]).Array[0, 6], Gen.Int[0, 90]).Sample((charged, rate, parts, asOfDays) =>
        {
            var asOf = Due.AddDays(asOfDays);
            var total = parts.Sum(p => p.Item2);
            var payments = parts.Select(p => (On: Due.AddDays(p.Item1), Amount: Math.Round(charged * p.Item2 / Math.Max(total, 100), 2))).ToList();

            var fee = LateFees.Accrued(charged, Due, payments, asOf, rate);

            var owedDays = 0m;
            for (var day = Due.AddDays(1); day <= asOf; day = day.AddDays(1))
            {
                owedDays += Math.Max(0, charged - payments.Where(p => p.On <= day).Sum(p => p.Amount));
            }
            var unpaid = LateFees.Accrued(charged, Due, [], asOf, rate);
            return fee == Math.Min(Math.Round(owedDays * rate, 2, MidpointRounding.AwayFromZero), charged) && fee >= 0 && fee <= unpaid;
        });

    [Fact]
    public void Accrued_SplittingAPaymentOnTheSameDay_ChangesNothing() =>
        Gen.Select(Fen, Gen.Int[1, 60], Gen.Double[0, 1]).Sample((charged, day, share) =>
        {
            var paid = Math.Round(charged / 2, 2);
            var first = Math.Round(paid * (decimal)share, 2);
            var on = Due.AddDays(day);
            return LateFees.Accrued(charged, Due, [(on, paid)], Due.AddDays(90), 0.0005m)
                == LateFees.Accrued(charged, Due, [(on, first), (on, paid - first)], Due.AddDays(90), 0.0005m);
        });
}
