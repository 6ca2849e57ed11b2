using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>A bill passed its due date with money still owed; raised once per bill (Archives files an arrears record).</summary>
public sealed record BillOverdue : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid BillId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>Billing period, "YYYY-MM".</summary>
    public required string Period { get; init; }

    public required DateOnly DueDate { get; init; }

    /// <summary>CNY still owed when the bill was found overdue.</summary>
    public required decimal AmountOwed { get; init; }
}
