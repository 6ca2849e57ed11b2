using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Surveys.Contracts;

/// <summary>A survey finding (a low item, category or estate) became a corrective action (整改) with an owner and a deadline.</summary>
public sealed record CorrectiveActionOpened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ActionId { get; init; }
    public required Guid CampaignId { get; init; }

    /// <summary>The category the finding is about, null when it is about the estate as a whole.</summary>
    public required string? CategoryCode { get; init; }

    /// <summary>The item the finding is about, null when it is about a category or the estate.</summary>
    public required string? ItemCode { get; init; }

    /// <summary>What must be done, e.g. "地下车库照明整改".</summary>
    public required string Title { get; init; }

    /// <summary>The staff member responsible.</summary>
    public required Guid OwnerId { get; init; }

    public required DateOnly Deadline { get; init; }
}
