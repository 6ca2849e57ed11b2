namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// An estate's last receipt number. Taken with an UPDATE in the payment's own transaction, so a rolled-back
/// payment gives its number back and receipts have no gaps.
/// </summary>
public sealed class ReceiptCounter
{
    public Guid EstateId { get; private set; }
    public long LastNumber { get; private set; }

    private ReceiptCounter() { }
}
