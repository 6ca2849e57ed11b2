using PropertyCloud.Repairs.Api.Domain.Rules;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// A material (物资) held in an estate's warehouse: quantity and value, valued at moving average cost.
/// Every change is a <see cref="StockMovement"/>.
/// </summary>
public sealed class Material
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string UnitOfMeasure { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal Value { get; private set; }
    public decimal LowStockThreshold { get; private set; }

    public decimal AverageCost => Quantity == 0 ? 0 : Math.Round(Value / Quantity, 4);

    public bool IsLow => Quantity <= LowStockThreshold;

    private Material() { }

    public static Material Register(Guid estateId, string code, string name, string unitOfMeasure, decimal lowStockThreshold) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        Code = code,
        Name = name,
        UnitOfMeasure = unitOfMeasure,
        LowStockThreshold = lowStockThreshold,
    };

    /// <summary>入库: a purchase raises quantity and value at the price paid.</summary>
    public StockMovement StockIn(decimal quantity, decimal unitPrice, string recordedBy, DateTimeOffset now)
    {
        var value = Math.Round(quantity * unitPrice, 2);
        Quantity += quantity;
        Value += value;
        return StockMovement.Record(this, StockMovementKind.StockIn, quantity, unitPrice, value, null, "采购入库", recordedBy, now);
    }

    /// <summary>
    /// 盘点: the counted quantity replaces the book quantity; the difference is recorded at average cost, never hidden.
    /// Null when the count agrees with the book.
    /// </summary>
    public StockMovement? RecordStocktake(decimal countedQuantity, string note, string recordedBy, DateTimeOffset now)
    {
        var difference = countedQuantity - Quantity;
        if (difference == 0)
        {
            return null;
        }
        var unitCost = AverageCost;
        var value = countedQuantity == 0 ? Value : Math.Round(Math.Abs(difference) * unitCost, 2);
        var kind = difference > 0 ? StockMovementKind.StocktakeGain : StockMovementKind.StocktakeLoss;
        Quantity = countedQuantity;
        Value += difference > 0 ? value : -value;
        return StockMovement.Record(this, kind, Math.Abs(difference), unitCost, value, null, note, recordedBy, now);
    }

    /// <summary>
    /// 退库: unused material comes back at the cost it left with; for a repair order, no more than the order took and has
    /// not yet returned (<paramref name="returnable"/>).
    /// </summary>
    public StockMovement Return(decimal quantity, decimal unitCost, decimal returnable, Guid? repairOrderId, string reason, string recordedBy, DateTimeOffset now)
    {
        if (quantity > returnable)
        {
            throw new BuildingBlocks.Domain.DomainException("stock.return_exceeds_issued",
                new($"退库数量超过可退数量 {returnable}", $"The return is more than the {returnable} that can be returned"), "quantity");
        }
        var value = Math.Round(quantity * unitCost, 2);
        Quantity += quantity;
        Value += value;
        return StockMovement.Record(this, StockMovementKind.Return, quantity, unitCost, value, repairOrderId, reason, recordedBy, now);
    }

    /// <summary>出库 at average cost; the last of the stock takes the remaining value, so value never drifts from zero.</summary>
    public StockMovement StockOut(decimal quantity, Guid? repairOrderId, string purpose, string recordedBy, DateTimeOffset now)
    {
        StockMustNotGoNegative.Check(this, quantity);
        var unitCost = AverageCost;
        var value = quantity == Quantity ? Value : Math.Round(quantity * unitCost, 2);
        Quantity -= quantity;
        Value -= value;
        return StockMovement.Record(this, StockMovementKind.StockOut, quantity, unitCost, value, repairOrderId, purpose, recordedBy, now);
    }
}
