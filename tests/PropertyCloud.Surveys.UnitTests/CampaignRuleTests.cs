using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;

namespace PropertyCloud.Surveys.UnitTests;

public class CampaignRuleTests
{
    [Fact]
    public void Plan_WithASampleBelowTenPercent_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Campaign.Plan("x", Given.Standard, [Guid.NewGuid()], new(2026, 5, 1),
            new(2026, 6, 1), "质量部", false, 0.05m, 30, 1, [], Given.Now));
        Assert.Equal("samplingRate", refused.Field);
    }

    [Fact]
    public void Start_ForAnEstateWithoutHouseholds_IsRefused()
    {
        var campaign = Campaign.Plan("x", Given.Standard, [Guid.NewGuid()], new(2026, 5, 1), new(2026, 6, 1), "质量部", false, 0.1m, 30, 1, [], Given.Now);

        Assert.Equal("campaign.estate_without_households", Assert.Throws<DomainException>(() => campaign.Start(_ => [], Given.Now)).Code);
    }

    [Fact]
    public void Start_Twice_IsAConflict()
    {
        var (campaign, _) = Given.StartedCampaign();

        Assert.Throws<ConflictException>(() => campaign.Start(_ => Estates.Build([new(1, 3, 1)]), Given.Now));
    }

    [Fact]
    public void EstateSeed_IsRecordedAndDiffersBetweenEstates()
    {
        var (campaign, _) = Given.StartedCampaign();

        Assert.Equal(campaign.EstateSeed(campaign.Estates[0].EstateId), campaign.Estates[0].Seed);
        Assert.NotEqual(campaign.EstateSeed(Guid.NewGuid()), campaign.EstateSeed(Guid.NewGuid()));
    }
}
