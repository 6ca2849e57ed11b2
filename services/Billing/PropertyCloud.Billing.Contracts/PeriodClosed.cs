using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Billing.Contracts;

/// <summary>Finance closed a month of an estate's books (月结): nothing more is billed, read or adjusted in it.</summary>
public sealed record PeriodClosed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }

    /// <summary>"YYYY-MM".</summary>
    public required string Period { get; init; }
}
