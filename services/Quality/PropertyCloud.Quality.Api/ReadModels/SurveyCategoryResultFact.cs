namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>One category's index in one estate's result of a closed campaign; weighted by the estate's households above the estate.</summary>
public sealed class SurveyCategoryResultFact
{
    public Guid CampaignId { get; private set; }
    public Guid EstateId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateTimeOffset ClosedAt { get; private set; }
    public int Households { get; private set; }
    public int Responses { get; private set; }
    public decimal? Index { get; private set; }

    private SurveyCategoryResultFact() { }

    public static SurveyCategoryResultFact Closed(Guid campaignId, Guid estateId, string code, string name, DateTimeOffset closedAt,
        int households, int responses, decimal? index) => new()
    {
        CampaignId = campaignId,
        EstateId = estateId,
        Code = code,
        Name = name,
        ClosedAt = closedAt.ToUniversalTime(),
        Households = households,
        Responses = responses,
        Index = index,
    };
}
