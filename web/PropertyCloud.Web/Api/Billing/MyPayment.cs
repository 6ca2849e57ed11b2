namespace PropertyCloud.Web.Api.Billing;

/// <summary>A payment towards the signed-in resident's bills; its receipt can be downloaded.</summary>
public sealed record MyPayment(Guid Id, Guid UnitId, string Method, decimal Amount, long ReceiptNumber, DateTimeOffset ReceivedAt);

/// <summary>An online payment; the same <see cref="IdempotencyKey"/> is sent again on a retry, so it is taken once.</summary>
public sealed record OnlinePaymentRequest(string IdempotencyKey, decimal Amount);
