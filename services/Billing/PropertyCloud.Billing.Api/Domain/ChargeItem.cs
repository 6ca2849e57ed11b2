using PropertyCloud.Billing.Api.Domain.Rules;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A charge item (收费项目) of an estate: what is charged, and at what price.</summary>
public sealed class ChargeItem
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Name { get; private set; } = "";
    public ChargeKind Kind { get; private set; }

    /// <summary>Per m² per month, per unit of consumption, per space, or the one-off / deposit amount.</summary>
    public decimal Rate { get; private set; }

    /// <summary>Tiered prices of a metered item; empty means the flat <see cref="Rate"/>.</summary>
    public List<PriceTier> Tiers { get; private set; } = [];

    public bool Active { get; private set; }
    public DateTimeOffset DefinedAt { get; private set; }

    private ChargeItem() { }

    public static ChargeItem Define(Guid estateId, string name, ChargeKind kind, decimal rate, IReadOnlyList<PriceTier>? tiers,
        DateTimeOffset now)
    {
        var item = new ChargeItem { Id = Guid.CreateVersion7(), EstateId = estateId, Kind = kind, Active = true, DefinedAt = now };
        item.Revise(name, rate, tiers);
        return item;
    }

    /// <summary>A new price applies to bill runs from now on; issued bills keep theirs.</summary>
    public void Revise(string name, decimal rate, IReadOnlyList<PriceTier>? tiers)
    {
        TiersOnlyForMeteredItems.Check(Kind, tiers);
        Name = name;
        Rate = rate;
        Tiers = [.. tiers ?? []];
    }

    /// <summary>Stops the item being charged in later bill runs.</summary>
    public void Retire() => Active = false;

    public bool IsMetered => Kind is ChargeKind.Water or ChargeKind.Electricity;

    /// <summary>The price of <paramref name="consumption"/> units, tier by tier, rounded to the fen once.</summary>
    public decimal PriceOf(decimal consumption)
    {
        if (Tiers.Count == 0)
        {
            return Money.ToFen(consumption * Rate);
        }
        decimal total = 0, from = 0;
        foreach (var tier in Tiers)
        {
            var upTo = tier.UpTo ?? decimal.MaxValue;
            if (consumption <= from)
            {
                break;
            }
            total += (Math.Min(consumption, upTo) - from) * tier.Rate;
            from = upTo;
        }
        return Money.ToFen(total);
    }
}
