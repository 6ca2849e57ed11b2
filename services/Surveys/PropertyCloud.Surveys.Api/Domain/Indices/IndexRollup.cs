namespace PropertyCloud.Surveys.Api.Domain.Indices;

/// <summary>
/// Company and group figures from their estates' figures, each estate weighing its number of households (the
/// estates are strata of the group's survey), so a small estate's large sampling fraction does not skew the total.
/// </summary>
public static class IndexRollup
{
    public static SurveyIndices Combine(IReadOnlyList<(int Households, SurveyIndices Figures)> estates, int minimumResponses)
    {
        if (estates.Count == 0)
        {
            throw new ArgumentException("At least one estate is needed.", nameof(estates));
        }
        var first = estates[0].Figures;
        var items = first.Items.Select((item, i) => item with
        {
            Index = IndexCalculator.WeightedMean(estates.Where(e => e.Figures.Items[i].Index is not null)
                .Select(e => ((decimal)e.Households, e.Figures.Items[i].Index!.Value))),
            Responses = estates.Sum(e => e.Figures.Items[i].Responses),
        }).ToList();
        var categories = first.Categories.Select((category, c) => category with
        {
            Index = IndexCalculator.WeightedMean(estates.Where(e => e.Figures.Categories[c].Index is not null)
                .Select(e => ((decimal)e.Households, e.Figures.Categories[c].Index!.Value))),
            Responses = estates.Sum(e => e.Figures.Categories[c].Responses),
        }).ToList();
        var measured = estates.Where(e => e.Figures.Index is not null).ToList();
        var households = measured.Sum(e => (decimal)e.Households);
        decimal? standardError = measured.Count == 0 || measured.Any(e => e.Figures.StandardError is null)
            ? null
            : (decimal)Math.Sqrt((double)measured.Sum(e =>
                (e.Households / households) * (e.Households / households) * e.Figures.StandardError!.Value * e.Figures.StandardError.Value));
        var responses = estates.Sum(e => e.Figures.Responses);
        return new SurveyIndices(
            items,
            categories,
            IndexCalculator.Combine(categories),
            standardError,
            responses,
            IndexCalculator.WeightedMean(estates.Where(e => e.Figures.Overall is not null)
                .Select(e => ((decimal)e.Households, e.Figures.Overall!.Value))),
            estates.Sum(e => e.Figures.OverallResponses),
            responses < minimumResponses);
    }
}
