namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Satisfaction indices (0–100) of the campaigns closed in the bucket, estates weighted by their households.</summary>
public sealed record SurveyFigures(int Campaigns, decimal? Index, decimal? OverallSatisfaction)
{
    public static SurveyFigures From(IReadOnlyDictionary<string, decimal?> m) =>
        new(m.Count(Metrics.SurveyCampaigns), m.Value(Metrics.SurveyIndex), m.Value(Metrics.SurveyOverall));
}
