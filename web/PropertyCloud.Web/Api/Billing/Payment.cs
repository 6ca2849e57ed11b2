namespace PropertyCloud.Web.Api.Billing;

/// <summary>A payment taken for a unit, as finance sees it.</summary>
public sealed record Payment(Guid Id, Guid UnitId, string Method, decimal Amount, decimal RefundedAmount, long ReceiptNumber, DateTimeOffset ReceivedAt)
{
    public decimal Refundable => Amount - RefundedAmount;
}

/// <summary>A payment at the desk; the key is made up once and sent again on a retry, so that it is taken once.</summary>
public sealed record PaymentRequest(string IdempotencyKey, string Method, decimal Amount);

/// <summary>A refund of (part of) a payment, taken once per key.</summary>
public sealed record RefundRequest(decimal Amount, string IdempotencyKey);
