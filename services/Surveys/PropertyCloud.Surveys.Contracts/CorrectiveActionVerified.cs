using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Surveys.Contracts;

/// <summary>Residents were visited again to verify a corrective action (篇12); an ineffective one stays open.</summary>
public sealed record CorrectiveActionVerified : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ActionId { get; init; }
    public required Guid CampaignId { get; init; }

    /// <summary>True when the verification found the problem solved (the action is then closed).</summary>
    public required bool Effective { get; init; }

    public required DateOnly VerifiedOn { get; init; }
}
