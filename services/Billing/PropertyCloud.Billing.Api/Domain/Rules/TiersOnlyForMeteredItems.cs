using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.Rules;

/// <summary>Tiered prices apply to metered water and electricity only; tiers rise strictly and the last is open-ended.</summary>
internal static class TiersOnlyForMeteredItems
{
    public static void Check(ChargeKind kind, IReadOnlyList<PriceTier>? tiers)
    {
        if (tiers is not { Count: > 0 })
        {
            return;
        }
        if (kind is not (ChargeKind.Water or ChargeKind.Electricity))
        {
            throw new DomainException("charge_item.tiers_not_metered",
                new("只有水费、电费可以设置阶梯价", "Only water and electricity may have tiered prices"), "tiers");
        }
        decimal previous = 0;
        for (var i = 0; i < tiers.Count; i++)
        {
            var upTo = tiers[i].UpTo;
            var last = i == tiers.Count - 1;
            if ((last && upTo is not null) || (!last && (upTo is null || upTo <= previous)))
            {
                throw new DomainException("charge_item.tiers_malformed",
                    new("阶梯上限必须递增，且最后一档不设上限", "Tier limits must rise, and the last tier must have no limit"), "tiers");
            }
            previous = upTo ?? previous;
        }
    }
}
