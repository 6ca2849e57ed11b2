using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Repairs.Api.Infrastructure;

/// <summary>Taking materials out of an estate's warehouse, for a repair or another use, saved with the change that needs them.</summary>
internal static class Stockroom
{
    /// <summary>The materials a completed repair used: those named by id come out of stock at average cost.</summary>
    public static async Task<IReadOnlyList<MaterialUsed>> TakeForRepairAsync(
        RepairsDb db, RepairOrder order, IReadOnlyList<MaterialUsedRequest>? requests, string recordedBy, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var used = new List<MaterialUsed>();
        foreach (var request in requests ?? [])
        {
            if (request.MaterialId is null)
            {
                used.Add(new MaterialUsed(request.Name!, request.Quantity, request.UnitOfMeasure!, request.UnitPrice ?? 0));
                continue;
            }
            var material = await db.Materials.FirstOrDefaultAsync(m => m.Id == request.MaterialId && m.EstateId == order.EstateId, cancellationToken)
                ?? throw new DomainException("stock.material_unknown",
                    new("仓库中没有该物资", "This material is not held in the estate's warehouse"), "materials");
            var movement = TakeOut(db, material, request.Quantity, order.Id, $"维修工单 {order.Id}", recordedBy, now);
            used.Add(new MaterialUsed(material.Name, request.Quantity, material.UnitOfMeasure, movement.UnitCost, material.Id));
        }
        return used;
    }

    /// <summary>盘点, raising <see cref="StockLow"/> when the count shows the material at or below its threshold.</summary>
    public static void RecordStocktake(RepairsDb db, Material material, decimal countedQuantity, string note, string recordedBy, DateTimeOffset now) =>
        WarnWhenLow(db, material, now, () =>
        {
            if (material.RecordStocktake(countedQuantity, note, recordedBy, now) is { } movement)
            {
                db.StockMovements.Add(movement);
            }
        });

    /// <summary>出库, raising <see cref="StockLow"/> when this takes the material down to its threshold.</summary>
    public static StockMovement TakeOut(
        RepairsDb db, Material material, decimal quantity, Guid? repairOrderId, string purpose, string recordedBy, DateTimeOffset now)
    {
        StockMovement? movement = null;
        WarnWhenLow(db, material, now, () => db.StockMovements.Add(movement = material.StockOut(quantity, repairOrderId, purpose, recordedBy, now)));
        return movement!;
    }

    private static void WarnWhenLow(RepairsDb db, Material material, DateTimeOffset now, Action change)
    {
        var wasLow = material.IsLow;
        change();
        if (!wasLow && material.IsLow)
        {
            db.AddIntegrationEvent(new StockLow
            {
                EventId = Guid.CreateVersion7(),
                OccurredAt = now,
                EstateId = material.EstateId,
                MaterialId = material.Id,
                MaterialCode = material.Code,
                MaterialName = material.Name,
                Quantity = material.Quantity,
                LowStockThreshold = material.LowStockThreshold,
            });
        }
    }

    /// <summary>
    /// For a return from a repair order: the average cost the material went out to it at, and how much of it can still
    /// come back; null when the return is not from an order. An order that took none of it can return none.
    /// </summary>
    public static async Task<(decimal UnitCost, decimal Returnable)?> IssuedToAsync(
        RepairsDb db, Guid materialId, Guid? repairOrderId, CancellationToken cancellationToken)
    {
        if (repairOrderId is null)
        {
            return null;
        }
        var lines = await db.StockMovements.AsNoTracking()
            .Where(m => m.MaterialId == materialId && m.RepairOrderId == repairOrderId
                && (m.Kind == StockMovementKind.StockOut || m.Kind == StockMovementKind.Return))
            .Select(m => new { m.Kind, m.Quantity, m.Value }).ToListAsync(cancellationToken);
        var taken = lines.Where(l => l.Kind == StockMovementKind.StockOut).ToList();
        var quantity = taken.Sum(l => l.Quantity);
        var unitCost = quantity == 0 ? 0 : Math.Round(taken.Sum(l => l.Value) / quantity, 4);
        return (unitCost, quantity - lines.Where(l => l.Kind == StockMovementKind.Return).Sum(l => l.Quantity));
    }
}
