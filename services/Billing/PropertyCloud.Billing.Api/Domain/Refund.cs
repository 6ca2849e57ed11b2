namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// A refund of (part of) a payment, under the caller's idempotency key when one was sent: the key is unique per estate,
/// so a retried refund finds this one instead of paying back twice.
/// </summary>
public sealed class Refund
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid PaymentId { get; private set; }
    public string? IdempotencyKey { get; private set; }
    public decimal Amount { get; private set; }
    public DateTimeOffset RefundedAt { get; private set; }

    private Refund() { }

    public static Refund Of(Payment payment, string? idempotencyKey, decimal amount, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = payment.EstateId,
        PaymentId = payment.Id,
        IdempotencyKey = idempotencyKey,
        Amount = amount,
        RefundedAt = now,
    };

    /// <summary>Whether a retry with this key asks for the same refund (else the key was reused for another one).</summary>
    public bool IsSameAs(Guid paymentId, decimal amount) => PaymentId == paymentId && Amount == amount;
}
