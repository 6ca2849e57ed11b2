using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Surveys.Contracts;

/// <summary>A corrective action passed its deadline without a verification visit; escalated to the quality department. Published once per action.</summary>
public sealed record CorrectiveActionOverdue : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ActionId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string Title { get; init; }
    public required Guid OwnerId { get; init; }
    public required DateOnly Deadline { get; init; }
}
