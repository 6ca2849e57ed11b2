using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>Nothing leaves the warehouse that is not in it: stock never goes below zero.</summary>
internal static class StockMustNotGoNegative
{
    public static void Check(Material material, decimal quantity)
    {
        if (quantity > material.Quantity)
        {
            throw new DomainException("stock.insufficient",
                new($"“{material.Name}”库存不足：现有 {material.Quantity:0.###} {material.UnitOfMeasure}，需出库 {quantity:0.###}",
                    $"Not enough {material.Name} in stock: {material.Quantity:0.###} {material.UnitOfMeasure} held, {quantity:0.###} asked"),
                "quantity");
        }
    }
}
