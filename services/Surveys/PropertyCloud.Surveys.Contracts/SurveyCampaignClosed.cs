using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Surveys.Contracts;

/// <summary>
/// A survey campaign closed in an estate and its indices (0–100) were published. A campaign over several
/// estates publishes one event per estate; company and group figures are these estates' figures weighted by
/// <see cref="Households"/>. The overall-satisfaction question is reported on its own, never averaged in.
/// </summary>
public sealed record SurveyCampaignClosed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required Guid TemplateId { get; init; }
    public required int TemplateVersion { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Households in the estate (the population the sample stands for).</summary>
    public required int Households { get; init; }

    public required int SampledHouseholds { get; init; }

    /// <summary>Responses with at least one answer (partial ones count for the items they answer).</summary>
    public required int Responses { get; init; }

    /// <summary>The estate's satisfaction index: categories weighted as the template says (default by item count); null without responses.</summary>
    public required decimal? Index { get; init; }

    /// <summary>95% confidence interval of <see cref="Index"/>; null when it cannot be estimated.</summary>
    public required decimal? IndexLow { get; init; }

    public required decimal? IndexHigh { get; init; }

    /// <summary>The separate overall-satisfaction question (总体满意度) as 0–100; null when the template has none or nobody answered it.</summary>
    public required decimal? OverallSatisfaction { get; init; }

    public required int OverallSatisfactionResponses { get; init; }

    /// <summary>True when there are fewer responses than the campaign's minimum for a reliable figure.</summary>
    public required bool TooFewResponses { get; init; }

    public required IReadOnlyList<SurveyCategoryIndex> Categories { get; init; }
}
