using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>Fieldwork (responses, declines, links) and closing happen only while the campaign runs.</summary>
internal static class CampaignMustBeOpen
{
    public static void Check(Campaign campaign)
    {
        if (campaign.Status != CampaignStatus.Started)
        {
            throw new DomainException("campaign.not_running",
                new("调查未在进行中", "The campaign is not running"), "campaignId");
        }
    }
}
