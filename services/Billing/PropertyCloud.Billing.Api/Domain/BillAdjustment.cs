namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A correction to an issued bill: positive adds a charge, negative is a credit note (贷项通知).</summary>
public sealed class BillAdjustment
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid BillId { get; private set; }
    public decimal Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset AdjustedAt { get; private set; }

    private BillAdjustment() { }

    public static BillAdjustment Of(Bill bill, decimal amount, string reason, DateTimeOffset now)
    {
        bill.Adjust(amount);
        return new() { Id = Guid.CreateVersion7(), EstateId = bill.EstateId, BillId = bill.Id, Amount = amount, Reason = reason, AdjustedAt = now };
    }
}
