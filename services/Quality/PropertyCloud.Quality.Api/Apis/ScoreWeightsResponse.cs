using PropertyCloud.Quality.Api.Domain.Scoring;

namespace PropertyCloud.Quality.Api.Apis;

public sealed record ScoreWeightsResponse(
    decimal Sla, decimal Complaints, decimal Collection, decimal Survey, decimal Inspections, decimal OpenItems,
    DateTimeOffset? ChangedAt, string? ChangedBy)
{
    public static ScoreWeightsResponse From(ScoreWeights w) =>
        new(w.Sla, w.Complaints, w.Collection, w.Survey, w.Inspections, w.OpenItems, w.ChangedAt, w.ChangedBy);
}
