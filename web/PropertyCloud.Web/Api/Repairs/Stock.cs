namespace PropertyCloud.Web.Api.Repairs;

/// <summary>A material in the estate's store: what is on the shelf, what it is worth, and whether it is running low.</summary>
public sealed record Material(Guid Id, string Code, string Name, string UnitOfMeasure, decimal Quantity, decimal Value, decimal AverageCost,
    decimal LowStockThreshold, bool IsLow);

/// <summary>The store's value over a year: opening, each month's movements and closing value.</summary>
public sealed record StockReport(int Year, decimal OpeningValue, IReadOnlyList<StockMonth> Months, decimal InValue, decimal OutValue,
    decimal StocktakeDifference, decimal ClosingValue);

public sealed record StockMonth(int Month, decimal InValue, decimal OutValue, decimal StocktakeDifference, decimal ClosingValue);
