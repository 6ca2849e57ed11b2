using PropertyCloud.Surveys.Api.Demo;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.UnitTests;

public sealed class DemoSurveyAnswersTests
{
    private static readonly SurveyTemplate Template = StandardTemplate.Create(DateTimeOffset.UnixEpoch);

    [Fact]
    public void Draw_ForFortyRespondents_GivesEachCategoryTheSeedsFigureWithinARoundingStep()
    {
        var drawn = DemoSurveyAnswers.Draw(Template, DemoSurveyAnswers.FirstCompany, 40, seed: 7);

        var categories = Template.Categories.Select(c => drawn.SelectMany(r => r.Answers)
            .Where(a => c.Items.Any(i => i.Code == a.ItemCode)).Average(a => Template.ToIndex(a.Value, a.ItemCode))).ToList();
        // 日常管理 82.7: mean answer 4.308 over 40·7 = 280 cells → 86 fives, (3 + 86/280) / 4 = 82.68.
        Assert.Equal(82.68m, Math.Round(categories[0], 2));
        Assert.All(DemoSurveyAnswers.FirstCompany.Categories.Zip(categories), p => Assert.InRange(p.Second, p.First - 0.7m, p.First + 0.7m));
        Assert.Equal(80m, drawn.Average(r => Template.ToIndex(r.Overall, "overall")));
        Assert.All(drawn, r => Assert.Equal(Template.ItemCount, r.Answers.Count));
    }

    [Fact]
    public void Draw_WithTheSameSeed_IsTheSameAndWithAnotherSeedIsShuffledDifferently()
    {
        static string Flatten(int seed) => string.Join(";", DemoSurveyAnswers.Draw(Template, DemoSurveyAnswers.SecondCompany, 12, seed)
            .Select(r => string.Concat(r.Answers.Select(a => a.Value)) + r.Overall));

        Assert.Equal(Flatten(11), Flatten(11));
        Assert.NotEqual(Flatten(11), Flatten(12));
    }
}
