namespace PropertyCloud.Quality.Api.Figures;

/// <summary>The figures of one day, month or range, starting at <see cref="Start"/>.</summary>
public sealed record FiguresBucket(
    DateOnly Start,
    RepairFigures Repairs,
    ComplaintFigures Complaints,
    BillingFigures? Billing,
    SurveyFigures Surveys,
    CorrectiveActionFigures CorrectiveActions,
    InspectionFigures Inspections)
{
    public static FiguresBucket From(DateOnly start, IEnumerable<FigureRow> rows)
    {
        var metrics = rows.GroupBy(r => r.Metric).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return new FiguresBucket(start,
            RepairFigures.From(metrics),
            ComplaintFigures.From(metrics),
            metrics.ContainsKey(Metrics.Billed) || metrics.ContainsKey(Metrics.Collected) ? BillingFigures.From(metrics) : null,
            SurveyFigures.From(metrics),
            CorrectiveActionFigures.From(metrics),
            InspectionFigures.From(metrics));
    }
}
