using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.UnitTests;

/// <summary>A started campaign over one small estate, and its first sampled household.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    public static readonly SurveyTemplate Standard = StandardTemplate.Create(Now);

    public static (Campaign Campaign, SampledHousehold Household) StartedCampaign()
    {
        var estateId = Guid.NewGuid();
        var units = Estates.Build([new(2, 10, 2)]);
        var campaign = Campaign.Plan("2026年度", Standard, [estateId], new(2026, 5, 10), new(2026, 6, 25), "某顾问有限公司", true,
            0.10m, 30, 42, [], Now);
        var sample = campaign.Start(_ => units, Now)[estateId];
        var draw = sample.Drawn[0];
        var household = Household.Register(estateId, draw.Household.UnitId, draw.Household.BuildingId, "1栋", draw.Household.Entrance,
            draw.Household.Floor, "101");
        return (campaign, SampledHousehold.Drawn(campaign.Id, estateId, draw, household));
    }
}
