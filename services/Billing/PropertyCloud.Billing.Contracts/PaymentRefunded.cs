using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>Part or all of a payment was paid back; the bills it covered are open again by that amount.</summary>
public sealed record PaymentRefunded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid PaymentId { get; init; }
    public required Guid UnitId { get; init; }
    public required long ReceiptNumber { get; init; }

    /// <summary>CNY refunded by this refund.</summary>
    public required decimal Amount { get; init; }
}
