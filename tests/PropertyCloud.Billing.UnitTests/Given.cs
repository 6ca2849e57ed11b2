using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.UnitTests;

internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    public static readonly Guid Estate = Guid.NewGuid();

    public static BillableUnit Unit(decimal area = 100m) =>
        BillableUnit.Register(Guid.NewGuid(), Estate, Guid.NewGuid(), "3栋", "1", 15, "1502", area, area * 0.78m, Now);

    public static ChargeItem Item(ChargeKind kind, decimal rate, IReadOnlyList<PriceTier>? tiers = null) =>
        ChargeItem.Define(Estate, kind.ToString(), kind, rate, tiers, Now);

    /// <summary>A unit's management-fee bills of the given amounts, for periods 2026-01, 2026-02, ….</summary>
    public static List<Bill> Bills(BillableUnit unit, IEnumerable<decimal> amounts) =>
        [.. amounts.Select((amount, i) => Bill.Issue(Guid.NewGuid(), unit, new BillingPeriod(2026, i + 1),
            [ChargeItem.Define(Estate, "物业管理费", ChargeKind.ManagementFee, amount / unit.BuildingArea, null, Now)],
            new Dictionary<MeterKind, decimal>(), Now)!)];
}
