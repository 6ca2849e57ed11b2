using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>The closing event of one estate of a campaign, figures rounded to one decimal as the reports print them.</summary>
internal static class CampaignEvents
{
    public static SurveyCampaignClosed Closed(Campaign campaign, CampaignEstate estate, SurveyIndices figures, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = now,
        EstateId = estate.EstateId,
        CampaignId = campaign.Id,
        CampaignName = campaign.Name,
        TemplateId = campaign.TemplateId,
        TemplateVersion = campaign.TemplateVersion,
        PeriodStart = campaign.PeriodStart,
        PeriodEnd = campaign.PeriodEnd,
        Households = estate.Households,
        SampledHouseholds = estate.Sampled,
        Responses = figures.Responses,
        Index = Round(figures.Index),
        IndexLow = Round(figures.Low),
        IndexHigh = Round(figures.High),
        OverallSatisfaction = Round(figures.Overall),
        OverallSatisfactionResponses = figures.OverallResponses,
        TooFewResponses = figures.TooFew,
        Categories = [.. figures.Categories.Select(c => new SurveyCategoryIndex
        {
            Code = c.Code,
            Name = c.Name,
            Index = Round(c.Index),
            Responses = c.Responses,
            ItemCount = c.ItemCount,
        })],
    };

    public static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}
