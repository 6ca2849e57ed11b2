namespace PropertyCloud.Billing.Api.Domain;

/// <summary>The part of a payment that settled one bill.</summary>
public sealed class PaymentAllocation
{
    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public Guid BillId { get; private set; }
    public string Period { get; private set; } = "";
    public decimal Amount { get; private set; }

    /// <summary>What of <see cref="Amount"/> has been refunded.</summary>
    public decimal RefundedAmount { get; private set; }

    private PaymentAllocation() { }

    internal static PaymentAllocation To(Guid paymentId, Bill bill, decimal amount) =>
        new() { Id = Guid.CreateVersion7(), PaymentId = paymentId, BillId = bill.Id, Period = bill.Period, Amount = amount };

    internal decimal Refund(decimal wanted)
    {
        var back = Math.Min(wanted, Amount - RefundedAmount);
        RefundedAmount += back;
        return back;
    }
}
