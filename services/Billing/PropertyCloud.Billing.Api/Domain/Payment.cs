using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// Money received for a unit (缴费), allocated to its bills oldest first, with the estate's next receipt number.
/// The caller's idempotency key is unique per estate, so a retried request finds this payment instead of paying again.
/// </summary>
public sealed class Payment
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public PaymentMethod Method { get; private set; }
    public decimal Amount { get; private set; }
    public decimal RefundedAmount { get; private set; }
    public long ReceiptNumber { get; private set; }
    public string? ProviderReference { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public List<PaymentAllocation> Allocations { get; private set; } = [];

    private Payment() { }

    /// <param name="openBills">The unit's bills with something owed, any order; they are settled oldest period first.</param>
    public static Payment Receive(BillableUnit unit, string idempotencyKey, PaymentMethod method, decimal amount,
        IEnumerable<Bill> openBills, DateTimeOffset now)
    {
        var bills = openBills.Where(b => b.Outstanding > 0).OrderBy(b => b.Period, StringComparer.Ordinal).ToList();
        PaymentMayNotExceedWhatIsOwed(amount, bills.Sum(b => b.Outstanding));
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            EstateId = unit.EstateId,
            UnitId = unit.Id,
            IdempotencyKey = idempotencyKey,
            Method = method,
            Amount = amount,
            ReceivedAt = now,
        };
        var left = amount;
        foreach (var bill in bills.TakeWhile(_ => left > 0))
        {
            var taken = bill.TakePayment(left, EstateCalendar.Day(now));
            payment.Allocations.Add(PaymentAllocation.To(payment.Id, bill, taken));
            left -= taken;
        }
        return payment;
    }

    /// <summary>Numbers the receipt once the money is in (the provider's reference for online payments).</summary>
    public void IssueReceipt(long receiptNumber, string? providerReference)
    {
        ReceiptNumber = receiptNumber;
        ProviderReference = providerReference;
    }

    /// <summary>Pays back part or all of the payment, reopening its bills newest first.</summary>
    public void Refund(decimal amount, IReadOnlyDictionary<Guid, Bill> bills)
    {
        if (amount <= 0 || amount > Amount - RefundedAmount)
        {
            throw new DomainException("payment.refund_out_of_range",
                new($"退款金额必须大于零且不超过可退金额（{Amount - RefundedAmount}）", $"A refund must be above zero and at most the refundable {Amount - RefundedAmount}"),
                "amount");
        }
        var left = amount;
        foreach (var allocation in Allocations.OrderByDescending(a => a.Period, StringComparer.Ordinal).TakeWhile(_ => left > 0))
        {
            var back = allocation.Refund(left);
            bills[allocation.BillId].GiveBack(back);
            left -= back;
        }
        RefundedAmount += amount;
    }

    private static void PaymentMayNotExceedWhatIsOwed(decimal amount, decimal owed)
    {
        if (amount > owed)
        {
            throw new DomainException("payment.exceeds_amount_owed",
                new($"缴费金额超过欠费总额（{owed}）", $"The payment exceeds the amount owed ({owed})"), "amount");
        }
    }
}
