namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>A material consumed by a repair, priced in CNY per unit of measure; taken from stock when it has a <paramref name="MaterialId"/>.</summary>
public sealed record MaterialUsed(string Name, decimal Quantity, string UnitOfMeasure, decimal UnitPrice, Guid? MaterialId = null)
{
    public decimal Value => Math.Round(Quantity * UnitPrice, 2);
}
