namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>One month of the stock book, months in the estate's time zone (Asia/Shanghai); the stocktaking difference is signed.</summary>
public sealed record StockMonth(int Month, decimal InValue, decimal OutValue, decimal StocktakeDifference, decimal ClosingValue);
