namespace PropertyCloud.Web.Api.Billing;

/// <summary>Charged against collected for the bills of a month (or the year): the Billing API's 收缴率 figures.</summary>
public sealed record CollectionFigures(string Label, int Bills, decimal Charged, decimal Collected, decimal Arrears, decimal CollectionRate);

/// <summary>An estate's year month by month and in total.</summary>
public sealed record EstateStatistics(Guid EstateId, int Year, IReadOnlyList<CollectionFigures> Months, CollectionFigures Total);
