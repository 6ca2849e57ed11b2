using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A repair order missed one of its SLA targets; raised once per order and target.</summary>
public sealed record SlaBreached : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>response, on_site or resolution.</summary>
    public required string Target { get; init; }

    public required string Category { get; init; }
    public required string Urgency { get; init; }
    public required DateTimeOffset DueAt { get; init; }
}
