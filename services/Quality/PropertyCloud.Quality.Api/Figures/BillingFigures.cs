namespace PropertyCloud.Quality.Api.Figures;

/// <summary>
/// Bills of the periods in the bucket: billed, collected on them (net of refunds), the collection rate, and the
/// arrears still owed on those of them already past due.
/// </summary>
public sealed record BillingFigures(decimal Billed, decimal Collected, decimal? CollectionRate, decimal Arrears)
{
    public static BillingFigures From(IReadOnlyDictionary<string, decimal?> m)
    {
        var billed = m.Sum(Metrics.Billed);
        var collected = m.Sum(Metrics.Collected);
        return new BillingFigures(billed, collected, MetricValues.Rate(collected, billed), m.Sum(Metrics.Arrears));
    }
}
