namespace PropertyCloud.Billing.Api.Domain;

/// <summary>One charge on a bill: quantity × price, rounded to the fen; never changed after issue.</summary>
public sealed class BillLine
{
    public const int DescriptionLength = 100;

    public Guid Id { get; private set; }
    public Guid BillId { get; private set; }

    /// <summary>The charge item priced; null for a chargeable repair, which has <see cref="RepairOrderId"/> instead.</summary>
    public Guid? ChargeItemId { get; private set; }
    public Guid? RepairOrderId { get; private set; }
    public ChargeKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal Amount { get; private set; }

    private BillLine() { }

    internal static BillLine Charge(Guid billId, ChargeItem item, decimal quantity, decimal amount) => new()
    {
        Id = Guid.CreateVersion7(),
        BillId = billId,
        ChargeItemId = item.Id,
        Kind = item.Kind,
        Description = item.Name,
        Quantity = quantity,
        Amount = amount,
    };

    /// <summary>
    /// A parking space (rent, or the management fee of a sold space): the item's monthly rate, prorated by the days held in the period —
    /// rate × days ÷ days of the month, rounded to the fen once (a whole month is the rate exactly).
    /// </summary>
    internal static BillLine Parking(Guid billId, ChargeItem item, string spaceCode, int days, int daysInPeriod) => new()
    {
        Id = Guid.CreateVersion7(),
        BillId = billId,
        ChargeItemId = item.Id,
        Kind = item.Kind,
        Description = days == daysInPeriod ? $"{item.Name} {spaceCode}" : $"{item.Name} {spaceCode} ({days}/{daysInPeriod}天)",
        Quantity = days,
        Amount = days == daysInPeriod ? Money.ToFen(item.Rate) : Money.ToFen(item.Rate * days / daysInPeriod),
    };

    /// <summary>A chargeable repair: a one-off line (other income) for the amount Repairs asked for.</summary>
    internal static BillLine Repair(Guid billId, RepairCharge charge) => new()
    {
        Id = Guid.CreateVersion7(),
        BillId = billId,
        RepairOrderId = charge.RepairOrderId,
        Kind = ChargeKind.OneOff,
        Description = charge.Description,
        Quantity = 1,
        Amount = charge.Amount,
    };
}
