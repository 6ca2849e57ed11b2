using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.UnitTests;

/// <summary>
/// 000 篇3 五: the two companies' published category figures, reproduced from constructed 5-point answers of their
/// 555 and 310 sampled households, and their overall figures (80, 82) from the separate overall question.
/// </summary>
public class SeedReportTests
{
    private static readonly SurveyTemplate Standard = StandardTemplate.Create(DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(555, 80, new[] { 82.7, 73.8, 76.1, 74.4, 77.0, 81.8 }, 77.6)]
    [InlineData(310, 82, new[] { 85.3, 73.9, 75.2, 78.8, 75.8, 85.7 }, 78.5)]
    public void Compute_FromAConstructedDataSet_ReproducesTheSeedsPublishedFigures(
        int sampled, int overall, double[] categories, double weightedIndex)
    {
        var responses = ConstructedResponses(sampled, overall, [.. categories.Select(c => (decimal)c)]);

        var figures = IndexCalculator.Compute(Standard, responses, minimumResponses: 30);

        Assert.Equal(categories.Select(c => (decimal)c), figures.Categories.Select(c => Math.Round(c.Index!.Value, 1)));
        Assert.Equal(overall, Math.Round(figures.Overall!.Value, 1));
        Assert.All(figures.Categories, c => Assert.Equal(sampled, c.Responses));
        // The published overall figure is not the mean of the categories: it is a question of its own.
        Assert.Equal((decimal)weightedIndex, Math.Round(figures.Index!.Value, 1));
        Assert.NotEqual(overall, Math.Round(figures.Index.Value, 0));
    }

    /// <summary>
    /// Every item of a category gets the same answers: each household answers the value whose 0–100 score lies just
    /// below the target, and just enough households answer one point higher for the mean to meet it.
    /// </summary>
    private static List<ScoredResponse> ConstructedResponses(int households, decimal overall, IReadOnlyList<decimal> categoryTargets)
    {
        var pointsAbove = categoryTargets.Select(t => (int)Math.Round(t * households / 25m)).ToList();
        var overallPoints = (int)Math.Round(overall * households / 25m);
        return [.. Enumerable.Range(0, households).Select(h =>
        {
            var scores = new Dictionary<string, decimal>();
            for (var c = 0; c < Standard.Categories.Count; c++)
            {
                var value = 1 + Share(pointsAbove[c], households, h);
                foreach (var item in Standard.Categories[c].Items)
                {
                    scores[item.Code] = Standard.ToIndex(value, item.Code);
                }
            }
            return new ScoredResponse(1m, scores, Standard.ToIndex(1 + Share(overallPoints, households, h), "overall"));
        })];
    }

    private static int Share(int total, int households, int household) => (total / households) + (household < total % households ? 1 : 0);
}
