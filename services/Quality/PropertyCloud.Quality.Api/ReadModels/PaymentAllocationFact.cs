namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>The part of a payment that went to one bill, less what was refunded of it.</summary>
public sealed class PaymentAllocationFact
{
    public Guid PaymentId { get; private set; }
    public Guid BillId { get; private set; }
    public Guid EstateId { get; private set; }
    public string Period { get; private set; } = "";
    public decimal Amount { get; private set; }
    public decimal Refunded { get; private set; }

    private PaymentAllocationFact() { }

    public static PaymentAllocationFact Of(Guid paymentId, Guid billId, Guid estateId, string period, decimal amount) => new()
    {
        PaymentId = paymentId,
        BillId = billId,
        EstateId = estateId,
        Period = period,
        Amount = amount,
    };

    /// <summary>Takes back up to <paramref name="wanted"/> of what is left and says how much it took.</summary>
    public decimal GiveBack(decimal wanted)
    {
        var back = Math.Min(wanted, Amount - Refunded);
        Refunded += back;
        return back;
    }
}
