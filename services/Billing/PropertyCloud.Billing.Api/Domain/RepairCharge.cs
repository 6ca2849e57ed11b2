namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// A chargeable repair (有偿维修) Repairs asked us to bill: one per repair order (the key), put on the unit's next bill
/// as a line of its own, once. A repair in a public area has no unit and waits for finance to decide.
/// </summary>
public sealed class RepairCharge
{
    public Guid RepairOrderId { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid? UnitId { get; private set; }
    public decimal Amount { get; private set; }
    public string Description { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>The bill run that put it on a bill; null while it waits for the next run.</summary>
    public Guid? BilledInRunId { get; private set; }

    private RepairCharge() { }

    /// <param name="amount">Rounded to the fen here, so the bill line and the ledger agree to the fen.</param>
    public static RepairCharge Request(Guid repairOrderId, Guid estateId, Guid? unitId, decimal amount, string description, DateTimeOffset at) => new()
    {
        RepairOrderId = repairOrderId,
        EstateId = estateId,
        UnitId = unitId,
        Amount = Money.ToFen(amount),
        Description = description.Length <= BillLine.DescriptionLength ? description : description[..BillLine.DescriptionLength],
        RequestedAt = at,
    };
}
