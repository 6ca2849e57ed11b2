namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>
/// A payment and its refunds. A refund is spread over the payment's bills newest period first, as Billing does;
/// a refund that arrives before its payment waits here until the payment's allocations are known.
/// </summary>
public sealed class PaymentFact
{
    public Guid PaymentId { get; private set; }
    public Guid EstateId { get; private set; }
    public bool Received { get; private set; }
    public decimal RefundPending { get; private set; }

    private PaymentFact() { }

    public static PaymentFact For(Guid paymentId, Guid estateId) => new() { PaymentId = paymentId, EstateId = estateId };

    public void RecordReceived(IReadOnlyList<PaymentAllocationFact> allocations)
    {
        Received = true;
        var pending = RefundPending;
        RefundPending = 0;
        Refund(pending, allocations);
    }

    public void RecordRefund(decimal amount, IReadOnlyList<PaymentAllocationFact> allocations)
    {
        if (!Received)
        {
            RefundPending += amount;
            return;
        }
        Refund(amount, allocations);
    }

    private static void Refund(decimal amount, IReadOnlyList<PaymentAllocationFact> allocations)
    {
        var left = amount;
        foreach (var allocation in allocations.OrderByDescending(a => a.Period, StringComparer.Ordinal))
        {
            if (left <= 0)
            {
                break;
            }
            left -= allocation.GiveBack(left);
        }
    }
}
