namespace PropertyCloud.Surveys.Api.Domain.Campaigns;

public enum SampleStatus
{
    Drawn,
    Declined,
}
