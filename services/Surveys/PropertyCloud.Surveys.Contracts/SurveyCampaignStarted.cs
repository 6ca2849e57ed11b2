using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Surveys.Contracts;

/// <summary>
/// A satisfaction survey campaign started in an estate: its sample was drawn and fieldwork may begin.
/// A campaign over several estates publishes one event per estate.
/// </summary>
public sealed record SurveyCampaignStarted : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid CampaignId { get; init; }

    /// <summary>e.g. "2026年度业主满意度调查".</summary>
    public required string CampaignName { get; init; }

    public required Guid TemplateId { get; init; }
    public required int TemplateVersion { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Who does the fieldwork: the quality department or a third-party survey company (第三方调查公司).</summary>
    public required string SurveyorOrganisation { get; init; }

    public required bool ThirdParty { get; init; }

    /// <summary>Households in the estate when the sample was drawn.</summary>
    public required int Households { get; init; }

    /// <summary>Households drawn into the sample (before any replacement).</summary>
    public required int SampledHouseholds { get; init; }
}
