using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// Charged and collected for bills of a period (or a whole year, or an estate): collected is what those bills have been
/// paid net of refunds, arrears what they still owe; the rate is collected ÷ charged to four places (0 when nothing was charged).
/// </summary>
public sealed record CollectionFigures(string Label, int Bills, decimal Charged, decimal Collected, decimal Arrears, decimal CollectionRate)
{
    public static CollectionFigures Of(string label, int bills, decimal charged, decimal collected) =>
        new(label, bills, charged, collected, charged - collected, charged == 0 ? 0 : Math.Round(collected / charged, 4, MidpointRounding.AwayFromZero));
}

/// <summary>What the year's bill lines charged for one kind of charge item (collections are per bill, not per line).</summary>
public sealed record ChargedByKind(ChargeKind Kind, decimal Charged);

/// <summary>An estate's year month by month (ready for a chart), the year's total, by building, and charged by kind of item; with Month, that month only.</summary>
public sealed record EstateStatisticsResponse(Guid EstateId, int Year, string? BuildingCode, IReadOnlyList<CollectionFigures> Months, CollectionFigures Total,
    IReadOnlyList<CollectionFigures> Buildings, IReadOnlyList<ChargedByKind> ChargeKinds, IReadOnlyList<ChargeItemCollections> ChargeItems,
    int? Month = null);

/// <summary>The group's year, one row per estate (Label = estate id).</summary>
public sealed record GroupStatisticsResponse(int Year, IReadOnlyList<CollectionFigures> Estates, CollectionFigures Total);

/// <summary>
/// Charged and collected for one charge item (or the repairs, adjustments or late fees) over the year's bills; the
/// payments are allocated to bill lines as <see cref="Collections"/> documents. <see cref="CollectionFigures.Bills"/>
/// counts the bills with such a part.
/// </summary>
public sealed record ChargeItemCollections(CollectionPart Part, Guid? ChargeItemId, string Name, ChargeKind? Kind, CollectionFigures Figures);
