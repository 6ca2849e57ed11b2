using PropertyCloud.Quality.Api.Domain.Scoring;

namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Turns a range's figures into the score's 0–100 components.</summary>
public static class ScoreInputs
{
    public static ScoreComponents From(FiguresBucket total, OpenItems open)
    {
        var complaints = total.Complaints;
        var openItems = open.CorrectiveActions + open.Findings;
        var overdue = open.OverdueCorrectiveActions + open.OverdueFindings;
        return new ScoreComponents(
            Percent(total.Repairs.SlaMetRate),
            complaints.Closed == 0 ? null : Percent(MetricValues.Rate(complaints.Closed - complaints.Dissatisfied, complaints.Closed)),
            Percent(total.Billing?.CollectionRate),
            total.Surveys.Index,
            total.Inspections.AverageScore,
            openItems == 0 ? null : Percent(MetricValues.Rate(openItems - overdue, openItems)));
    }

    private static decimal? Percent(decimal? rate) => rate is null ? null : Math.Round(rate.Value * 100, 2);
}
