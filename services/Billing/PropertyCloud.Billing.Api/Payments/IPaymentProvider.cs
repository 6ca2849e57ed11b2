namespace PropertyCloud.Billing.Api.Payments;

/// <summary>
/// An online payment provider (WeChat Pay, Alipay, UnionPay…). Calls carry our idempotency key, as real providers
/// accept one, so a retried charge is never taken twice at the provider either.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Charges <paramref name="amount"/> CNY; returns the provider's reference.</summary>
    Task<string> ChargeAsync(string idempotencyKey, decimal amount, CancellationToken cancellationToken);

    Task RefundAsync(string providerReference, decimal amount, CancellationToken cancellationToken);
}
