using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>A payment for a unit was taken and allocated to its bills, oldest first.</summary>
public sealed record PaymentReceived : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid PaymentId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>CNY.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Cash, BankTransfer or Online.</summary>
    public required string Method { get; init; }

    /// <summary>The estate's receipt number; receipts of one estate are numbered 1, 2, 3… without gaps.</summary>
    public required long ReceiptNumber { get; init; }

    public required IReadOnlyList<CoveredBill> BillsCovered { get; init; }
}
