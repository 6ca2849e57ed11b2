namespace PropertyCloud.Quality.Api.Figures;

/// <summary>The figures of one day, month or range, starting at <see cref="Start"/>.</summary>
public sealed record FiguresBucket(
    DateOnly Start,
    RepairFigures Repairs,
    ComplaintFigures Complaints,
    BillingFigures? Billing,
    SurveyFigures Surveys,
    CorrectiveActionFigures CorrectiveActions,
    InspectionFigures Inspections,
    ResponseFigures Responses,
    ReopenFigures Reopened,
    IReadOnlyList<SurveyCategoryFigure> SurveyCategories)
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
            InspectionFigures.From(metrics),
            ResponseFigures.From(metrics),
            ReopenFigures.From(metrics),
            SurveyCategoryFigure.From(metrics));
    }

    /// <summary>Value equality, the category list included (a record compares lists by reference).</summary>
    public bool Equals(FiguresBucket? other) =>
        other is not null && Start == other.Start && Repairs == other.Repairs && Complaints == other.Complaints
        && Billing == other.Billing && Surveys == other.Surveys && CorrectiveActions == other.CorrectiveActions
        && Inspections == other.Inspections && Responses == other.Responses && Reopened == other.Reopened
        && SurveyCategories.SequenceEqual(other.SurveyCategories);

    public override int GetHashCode() => HashCode.Combine(Start, Repairs, Complaints, Surveys, Responses, Reopened, SurveyCategories.Count);
}
