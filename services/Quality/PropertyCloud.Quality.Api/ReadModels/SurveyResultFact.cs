namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>One estate's result of a closed satisfaction survey campaign; company and group indices weight it by households.</summary>
public sealed class SurveyResultFact
{
    public Guid CampaignId { get; private set; }
    public Guid EstateId { get; private set; }
    public string CampaignName { get; private set; } = "";
    public DateTimeOffset ClosedAt { get; private set; }
    public int Households { get; private set; }
    public int Responses { get; private set; }
    public decimal? Index { get; private set; }
    public decimal? OverallSatisfaction { get; private set; }
    public bool TooFewResponses { get; private set; }

    private SurveyResultFact() { }

    public static SurveyResultFact Closed(Guid campaignId, Guid estateId, string campaignName, DateTimeOffset closedAt,
        int households, int responses, decimal? index, decimal? overallSatisfaction, bool tooFewResponses) => new()
    {
        CampaignId = campaignId,
        EstateId = estateId,
        CampaignName = campaignName,
        ClosedAt = closedAt.ToUniversalTime(),
        Households = households,
        Responses = responses,
        Index = index,
        OverallSatisfaction = overallSatisfaction,
        TooFewResponses = tooFewResponses,
    };
}
