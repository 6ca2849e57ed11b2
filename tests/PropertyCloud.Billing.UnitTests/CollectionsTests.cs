using CsCheck;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class CollectionsTests
{
    private static Bill BillOf(params decimal[] lineAmounts)
    {
        var items = lineAmounts.Select((amount, i) => ChargeItem.Define(Given.Estate, $"一次性{i}", ChargeKind.ManagementFee, amount / 100m, null, Given.Now)).ToList();
        // Management-fee items on a 100 m² unit: one line of exactly each amount, in order.
        return Bill.Issue(Guid.NewGuid(), Given.Unit(100m), new BillingPeriod(2026, 1), items, new Dictionary<MeterKind, decimal>(), Given.Now)!;
    }

    private static void Pay(Bill bill, decimal amount) =>
        Payment.Receive(Given.Unit(), "k", PaymentMethod.Cash, amount, [bill], Given.Now);

    [Fact]
    public void Split_APartPayment_IsProRataByLineWithTheLeftoverFenToTheLargestRemainders()
    {
        // 100 × (100 / 50 / 50.01) ÷ 200.01 = 49.9975 / 24.99875 / 25.00375 → floors 49.99 / 24.99 / 25.00 (99.98);
        // the two fen left go to the largest remainders, the second line (.00875) and the first (.0075).
        var bill = BillOf(100m, 50m, 50.01m);
        Pay(bill, 100m);

        var parts = Collections.Split(bill);

        Assert.Equal([50.00m, 25.00m, 25.00m], parts.Select(p => p.Collected));
        Assert.Equal([100m, 50m, 50.01m], parts.Select(p => p.Charged));
    }

    [Fact]
    public void Split_OfABillWithLateFees_SettlesThePrincipalFirst()
    {
        var bill = BillOf(600m, 400m);
        bill.AssessLateFee(9m, bill.DueDate.AddDays(30));
        Pay(bill, 1005m);

        var parts = Collections.Split(bill);

        Assert.Equal([(CollectionPart.ChargeItem, 600m), (CollectionPart.ChargeItem, 400m), (CollectionPart.LateFees, 5m)],
            parts.Select(p => (p.Part, p.Collected)));
        Assert.Equal(9m, parts[2].Charged);
    }

    [Fact]
    public void Split_AnyPayment_AddsUpToWhatTheBillWasPaidAndNoLineCollectsMoreThanItCharged() =>
        Gen.Select(Gen.Int[1, 1_000_000].Select(n => n / 100m).Array[1, 6], Gen.Double[0, 1]).Sample((amounts, share) =>
        {
            var bill = BillOf(amounts);
            var paid = Math.Round(bill.Amount * (decimal)share, 2);
            if (paid > 0)
            {
                Pay(bill, paid);
            }

            var parts = Collections.Split(bill);

            return parts.Sum(p => p.Collected) == bill.PaidAmount && parts.All(p => p.Collected >= 0 && p.Collected <= p.Charged);
        });
}
