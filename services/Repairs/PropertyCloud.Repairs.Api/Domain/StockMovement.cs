namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>One line of a warehouse's stock book: what moved, at what cost, for which repair, by whom.</summary>
public sealed class StockMovement
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid MaterialId { get; private set; }
    public StockMovementKind Kind { get; private set; }
    public decimal Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal Value { get; private set; }
    public Guid? RepairOrderId { get; private set; }
    public string Purpose { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    private StockMovement() { }

    internal static StockMovement Record(
        Material material, StockMovementKind kind, decimal quantity, decimal unitCost, decimal value, Guid? repairOrderId,
        string purpose, string recordedBy, DateTimeOffset at) => new()
        {
            Id = Guid.CreateVersion7(),
            EstateId = material.EstateId,
            MaterialId = material.Id,
            Kind = kind,
            Quantity = quantity,
            UnitCost = unitCost,
            Value = value,
            RepairOrderId = repairOrderId,
            Purpose = purpose,
            RecordedBy = recordedBy,
            At = at,
        };
}
