namespace PropertyCloud.Surveys.Api.Domain.Campaigns;

public enum CampaignStatus
{
    Planned,
    Started,
    Closed,
}
