namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Stock value by month and for the year (篇2 5.4).</summary>
public sealed record StockReport(
    int Year, decimal OpeningValue, IReadOnlyList<StockMonth> Months, decimal InValue, decimal OutValue, decimal StocktakeDifference,
    decimal ClosingValue);
