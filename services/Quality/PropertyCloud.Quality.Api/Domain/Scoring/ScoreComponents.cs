namespace PropertyCloud.Quality.Api.Domain.Scoring;

/// <summary>
/// An estate's score components, each 0–100 or null when there is nothing to judge it by: SLA met rate,
/// share of closed complaints the complainant did not reject, collection rate, survey index, average inspection
/// score, and share of open corrective actions and findings still within their deadline.
/// </summary>
public sealed record ScoreComponents(decimal? Sla, decimal? Complaints, decimal? Collection, decimal? Survey, decimal? Inspections, decimal? OpenItems)
{
    /// <summary>The weighted mean of the components there are, rounded to 0.01; null when there are none.</summary>
    public decimal? ScoreWith(ScoreWeights weights)
    {
        (decimal? Value, decimal Weight)[] parts =
        [
            (Sla, weights.Sla), (Complaints, weights.Complaints), (Collection, weights.Collection),
            (Survey, weights.Survey), (Inspections, weights.Inspections), (OpenItems, weights.OpenItems),
        ];
        var counted = parts.Where(p => p.Value is not null && p.Weight > 0).ToList();
        var totalWeight = counted.Sum(p => p.Weight);
        return totalWeight == 0 ? null : Math.Round(counted.Sum(p => p.Value!.Value * p.Weight) / totalWeight, 2);
    }
}
