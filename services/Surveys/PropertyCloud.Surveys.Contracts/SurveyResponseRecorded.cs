using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Surveys.Contracts;

/// <summary>
/// A sampled household's survey response was saved, by a surveyor's visit (入户调查) or through the resident's
/// one-time link. Published on every save; one <see cref="ResponseId"/> per household and campaign, the latest
/// event wins. No answers and no personal data: the indices arrive with <see cref="SurveyCampaignClosed"/>.
/// </summary>
public sealed record SurveyResponseRecorded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid CampaignId { get; init; }
    public required Guid ResponseId { get; init; }
    public required Guid UnitId { get; init; }

    /// <summary>True once every item is answered (or the response was submitted as final); false for a partial save.</summary>
    public required bool Complete { get; init; }

    /// <summary>"visit" (entered by a surveyor) or "link" (entered by the resident).</summary>
    public required string Channel { get; init; }

    public required int AnsweredItems { get; init; }
    public required int TotalItems { get; init; }
}
