namespace PropertyCloud.Billing.Api.Domain;

/// <summary>One charge on a bill: quantity × price, rounded to the fen; never changed after issue.</summary>
public sealed class BillLine
{
    public Guid Id { get; private set; }
    public Guid BillId { get; private set; }
    public Guid ChargeItemId { get; private set; }
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
}
