using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Demo;

/// <summary>
/// Answers for the demo campaign whose category and overall indices come out at the seed report's figures (000 篇3):
/// each category's target is a mean on the scale between two neighbouring answers, and exactly the share of
/// high answers that gives it is dealt out over the category's cells in a seeded shuffle — no sampling noise.
/// </summary>
public static class DemoSurveyAnswers
{
    /// <summary>The seed's first company (555 households): 82.7, 73.8, 76.1, 74.4, 77.0, 81.8 and 80 overall.</summary>
    public static readonly DemoProfile FirstCompany = new([82.7m, 73.8m, 76.1m, 74.4m, 77.0m, 81.8m], 80m);

    /// <summary>The seed's second company (310 households): 85.3, 73.9, 75.2, 78.8, 75.8, 85.7 and 82 overall.</summary>
    public static readonly DemoProfile SecondCompany = new([85.3m, 73.9m, 75.2m, 78.8m, 75.8m, 85.7m], 82m);

    private static readonly (RemarkKind Kind, string Category, string Text)[] Remarks =
    [
        (RemarkKind.Praise, "daily-management", "保安巡逻认真，小区秩序良好"),
        (RemarkKind.Praise, "daily-management", "保洁及时，楼道干净"),
        (RemarkKind.Problem, "complaints", "投诉后迟迟没有答复"),
        (RemarkKind.Problem, "daily-management", "地下车库照明不足"),
        (RemarkKind.Suggestion, "culture", "希望多组织社区文化活动"),
        (RemarkKind.Suggestion, "convenience", "增加便民维修服务项目"),
    ];

    /// <summary>One answer set per respondent, in respondent order.</summary>
    public static IReadOnlyList<(IReadOnlyList<Answer> Answers, int Overall, IReadOnlyList<Remark> Remarks)> Draw(
        SurveyTemplate template, DemoProfile profile, int respondents, int seed)
    {
        var random = new Random(seed);
        var answers = Enumerable.Range(0, respondents).Select(_ => new List<Answer>()).ToList();
        for (var c = 0; c < template.Categories.Count; c++)
        {
            var category = template.Categories[c];
            var target = profile.Categories[Math.Min(c, profile.Categories.Count - 1)];
            var cells = Deal(template.ScalePoints, target, respondents * category.Items.Count, random);
            for (var i = 0; i < cells.Count; i++)
            {
                answers[i % respondents].Add(new Answer(category.Items[i / respondents].Code, cells[i]));
            }
        }
        var overall = Deal(template.ScalePoints, profile.Overall, respondents, random);
        var knownCategories = template.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return [.. answers.Select((a, i) => ((IReadOnlyList<Answer>)a, overall[i], (IReadOnlyList<Remark>)RemarksOf(i, knownCategories)))];
    }

    private static List<Remark> RemarksOf(int respondent, HashSet<string> knownCategories)
    {
        var (kind, category, text) = Remarks[respondent % Remarks.Length];
        return respondent % 2 == 0 && knownCategories.Contains(category) ? [new Remark(kind, category, text)] : [];
    }

    /// <summary><paramref name="cells"/> answers on a 1..points scale whose mean maps to <paramref name="index"/> (0–100), shuffled.</summary>
    private static List<int> Deal(int points, decimal index, int cells, Random random)
    {
        var mean = 1 + index / 100m * (points - 1);
        var low = (int)Math.Floor(mean);
        var high = Math.Min(low + 1, points);
        var highs = (int)Math.Round((mean - low) * cells, MidpointRounding.AwayFromZero);
        var dealt = Enumerable.Range(0, cells).Select(i => i < highs ? high : low).ToArray();
        random.Shuffle(dealt);
        return [.. dealt];
    }
}
