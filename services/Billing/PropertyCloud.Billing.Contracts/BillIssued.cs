using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>
/// A unit's bill for a period was issued by a bill run. One event per bill: consumers (Archives, Quality) file
/// and count per unit, and the outbox rows are written set-based with the bills, so a 100,000-unit run costs one
/// COPY, not 100,000 round trips.
/// </summary>
public sealed record BillIssued : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid BillId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>Billing period, "YYYY-MM".</summary>
    public required string Period { get; init; }

    /// <summary>Amount charged, CNY, rounded to the fen.</summary>
    public required decimal Amount { get; init; }

    public required DateOnly DueDate { get; init; }
}
