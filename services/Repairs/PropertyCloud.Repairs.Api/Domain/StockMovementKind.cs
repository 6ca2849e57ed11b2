namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>入库 (purchase), 出库 (to a repair order or other use), a stocktaking difference (盘盈 / 盘亏), or 退库 (unused material brought back).</summary>
public enum StockMovementKind
{
    StockIn,
    StockOut,
    StocktakeGain,
    StocktakeLoss,
    Return,
}
