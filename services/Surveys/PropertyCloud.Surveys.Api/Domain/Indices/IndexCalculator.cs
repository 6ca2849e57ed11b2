using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Indices;

/// <summary>
/// Index arithmetic (0–100). Item: design-weighted mean of its answers. Category: mean of its items. Estate: categories
/// weighted by <see cref="TemplateCategory.EffectiveWeight"/> (default their item count). The overall question is
/// averaged on its own and never mixed in. The interval comes from each response's own index (weighted-mean
/// variance), so partial responses count for what they answered.
/// </summary>
public static class IndexCalculator
{
    public static SurveyIndices Compute(SurveyTemplate template, IReadOnlyList<ScoredResponse> responses, int minimumResponses)
    {
        var items = template.Categories
            .SelectMany(c => c.Items.Select(i =>
            {
                var answered = responses.Where(r => r.ItemScores.ContainsKey(i.Code)).ToList();
                return new ItemFigure(i.Code, c.Code, WeightedMean(answered.Select(r => (r.Weight, r.ItemScores[i.Code]))), answered.Count);
            }))
            .ToList();
        var categories = template.Categories.Select(c =>
        {
            var figures = items.Where(i => i.CategoryCode == c.Code && i.Index is not null).ToList();
            var index = figures.Count == 0 ? (decimal?)null : figures.Average(i => i.Index!.Value);
            var answering = responses.Count(r => c.Items.Any(i => r.ItemScores.ContainsKey(i.Code)));
            return new CategoryFigure(c.Code, c.Name, index, answering, c.Items.Count, c.EffectiveWeight);
        }).ToList();

        var answeredAny = responses.Where(r => r.ItemScores.Count > 0).ToList();
        var overall = responses.Where(r => r.Overall is not null).ToList();
        return new SurveyIndices(
            items,
            categories,
            Combine(categories),
            StandardError(template, answeredAny),
            answeredAny.Count,
            WeightedMean(overall.Select(r => (r.Weight, r.Overall!.Value))),
            overall.Count,
            answeredAny.Count < minimumResponses);
    }

    /// <summary>The categories' indices weighted by their weights, over the categories that have an index.</summary>
    public static decimal? Combine(IEnumerable<CategoryFigure> categories)
    {
        var known = categories.Where(c => c.Index is not null).ToList();
        return known.Count == 0 ? null : known.Sum(c => c.Weight * c.Index!.Value) / known.Sum(c => c.Weight);
    }

    public static decimal? WeightedMean(IEnumerable<(decimal Weight, decimal Value)> values)
    {
        var list = values.ToList();
        var total = list.Sum(v => v.Weight);
        return list.Count == 0 || total == 0 ? null : list.Sum(v => v.Weight * v.Value) / total;
    }

    /// <summary>Standard error of the weighted mean of per-response indices; null below two responses.</summary>
    private static decimal? StandardError(SurveyTemplate template, List<ScoredResponse> responses)
    {
        if (responses.Count < 2)
        {
            return null;
        }
        var own = responses.Select(r => (r.Weight, Value: OwnIndex(template, r))).ToList();
        var mean = WeightedMean(own)!.Value;
        var total = own.Sum(o => o.Weight);
        var n = own.Count;
        var variance = own.Sum(o => o.Weight * o.Weight * (o.Value - mean) * (o.Value - mean)) / (total * total) * n / (n - 1);
        return (decimal)Math.Sqrt((double)variance);
    }

    private static decimal OwnIndex(SurveyTemplate template, ScoredResponse response) =>
        Combine(template.Categories.Select(c =>
        {
            var scores = c.Items.Where(i => response.ItemScores.ContainsKey(i.Code)).Select(i => response.ItemScores[i.Code]).ToList();
            return new CategoryFigure(c.Code, c.Name, scores.Count == 0 ? null : scores.Average(), 1, c.Items.Count, c.EffectiveWeight);
        })) ?? 0m;
}
