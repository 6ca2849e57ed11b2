using System.Collections.Concurrent;

namespace PropertyCloud.Billing.Api.Payments;

/// <summary>The demo's payment provider: always succeeds, and charges each idempotency key once.</summary>
public sealed class SimulatedPaymentProvider : IPaymentProvider
{
    private readonly ConcurrentDictionary<string, string> _charges = new();

    public int ChargeCount => _charges.Count;

    public Task<string> ChargeAsync(string idempotencyKey, decimal amount, CancellationToken cancellationToken) =>
        Task.FromResult(_charges.GetOrAdd(idempotencyKey, _ => $"SIM-{Guid.CreateVersion7():N}"));

    public Task RefundAsync(string providerReference, decimal amount, CancellationToken cancellationToken) => Task.CompletedTask;
}
