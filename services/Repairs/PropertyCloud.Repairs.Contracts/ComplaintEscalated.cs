using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A major complaint was escalated to the estate manager and the quality department the moment it was recorded.</summary>
public sealed record ComplaintEscalated : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ComplaintId { get; init; }
    public required string Category { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
}
