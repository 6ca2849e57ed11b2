using CsCheck;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class PricingTests
{
    private static readonly PriceTier[] Water = [new(22m, 2.90m), new(30m, 3.85m), new(null, 6.70m)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 29.00)]
    [InlineData(22, 63.80)]
    [InlineData(35, 128.10)]
    public void PriceOf_TieredWater_ChargesEachStepAtItsRate(decimal consumption, decimal expected) =>
        Assert.Equal(expected, Given.Item(ChargeKind.Water, 2.90m, Water).PriceOf(consumption));

    [Fact]
    public void PriceOf_WithTiers_NeverFallsWhenConsumptionRises() =>
        Gen.Select(Gen.Decimal[0m, 1000m], Gen.Decimal[0m, 100m]).Sample((consumption, more) =>
        {
            var item = Given.Item(ChargeKind.Electricity, 0.538m, [new(230m, 0.538m), new(400m, 0.588m), new(null, 0.838m)]);
            return item.PriceOf(consumption) <= item.PriceOf(consumption + more);
        });

    [Fact]
    public void ToFen_RoundsHalfAwayFromZero()
    {
        Assert.Equal(0.13m, Money.ToFen(0.125m));
        Assert.Equal(2.35m, Money.ToFen(2.345m));
        Assert.Equal(-0.13m, Money.ToFen(-0.125m));
    }

    [Fact]
    public void Issue_AnyAreaAndRates_TotalIsTheSumOfFenRoundedLinesAndThePostingBalances() =>
        Gen.Select(Gen.Decimal[1m, 500m], Gen.Decimal[0.01m, 20m], Gen.Decimal[0m, 900m], Gen.Decimal[0m, 900m])
            .Sample((area, rate, water, power) =>
            {
                var bill = Bill.Issue(Guid.NewGuid(), Given.Unit(Math.Round(area, 2)), new BillingPeriod(2026, 3),
                    [Given.Item(ChargeKind.ManagementFee, Math.Round(rate, 4)), Given.Item(ChargeKind.Water, 2.9m, Water),
                     Given.Item(ChargeKind.Electricity, 0.538m)],
                    new Dictionary<MeterKind, decimal> { [MeterKind.Water] = Math.Round(water, 2), [MeterKind.Electricity] = Math.Round(power, 2) },
                    Given.Now);
                if (bill is null)
                {
                    return true;
                }
                var entries = Postings.ForBill(bill);
                return bill.Lines.All(l => l.Amount == Money.ToFen(l.Amount))
                    && bill.Amount == bill.Lines.Sum(l => l.Amount)
                    && entries.Sum(e => e.Debit) == entries.Sum(e => e.Credit)
                    && entries.Sum(e => e.Debit) == bill.Amount;
            });

    [Fact]
    public void Define_WithTiersOnParking_IsRefusedOnTiers()
    {
        var refusal = Assert.Throws<DomainException>(() => Given.Item(ChargeKind.Parking, 150m, [new(1m, 1m), new(null, 2m)]));

        Assert.Equal("tiers", refusal.Field);
    }

    [Fact]
    public void Define_WithALimitOnTheLastTier_IsRefused() =>
        Assert.Throws<DomainException>(() => Given.Item(ChargeKind.Water, 2m, [new(10m, 1m), new(20m, 2m)]));

    [Theory]
    [InlineData("2026-02", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026-2", false)]
    [InlineData("26-02-01", false)]
    public void BillingPeriod_Parses_OnlyYearDashMonth(string text, bool valid) =>
        Assert.Equal(valid, BillingPeriod.TryParse(text, out _));
}
