using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.UnitTests;

public class IndexTests
{
    private static readonly SurveyTemplate Small = SurveyTemplate.Publish(Guid.NewGuid(), "small", 1, "small", 5, "总体",
        [
            new TemplateCategory { Code = "a", Name = "A", Items = [new("a-1", "a1"), new("a-2", "a2"), new("a-3", "a3")] },
            new TemplateCategory { Code = "b", Name = "B", Items = [new("b-1", "b1")] },
        ],
        DateTimeOffset.UnixEpoch);

    private static ScoredResponse Response(decimal weight, decimal? overall, params (string Item, decimal Score)[] scores) =>
        new(weight, scores.ToDictionary(s => s.Item, s => s.Score), overall);

    [Fact]
    public void Compute_WithHandComputedAnswers_AveragesItemsEquallyAndWeighsCategoriesByItemCount()
    {
        // Item a-1: (100+50)/2 = 75; a-2: (75+25)/2 = 50; a-3: 100 (one answer); A = (75+50+100)/3 = 75.
        // Item b-1: (0+50)/2 = 25 = B. Estate = (3×75 + 1×25)/4 = 62.5. Overall question on its own: (100+75)/2 = 87.5.
        var figures = IndexCalculator.Compute(Small,
        [
            Response(1m, 100m, ("a-1", 100m), ("a-2", 75m), ("a-3", 100m), ("b-1", 0m)),
            Response(1m, 75m, ("a-1", 50m), ("a-2", 25m), ("b-1", 50m)),
        ], minimumResponses: 30);

        Assert.Equal(75m, figures.Categories[0].Index);
        Assert.Equal(25m, figures.Categories[1].Index);
        Assert.Equal(62.5m, figures.Index);
        Assert.Equal(87.5m, figures.Overall);
        Assert.Equal(1, figures.Items.Single(i => i.Code == "a-3").Responses);
        Assert.Equal(2, figures.Responses);
        Assert.True(figures.TooFew);
    }

    [Fact]
    public void Compute_WithDesignWeights_LetsAResponseCountForTheHouseholdsItStandsFor()
    {
        // An over-sampled small building (weight 1) must not outvote a large one (weight 3): b-1 = (3×100 + 1×0)/4 = 75.
        var figures = IndexCalculator.Compute(Small,
            [Response(3m, null, ("b-1", 100m)), Response(1m, null, ("b-1", 0m))], minimumResponses: 1);
        Assert.Equal(75m, figures.Categories[1].Index);
        Assert.Null(figures.Categories[0].Index);
        Assert.Equal(75m, figures.Index);
    }

    [Fact]
    public void Compute_WithConfiguredCategoryWeights_UsesThemInsteadOfItemCounts()
    {
        var template = SurveyTemplate.Publish(Guid.NewGuid(), "w", 1, "w", 5, null,
        [
            new TemplateCategory { Code = "a", Name = "A", Weight = 1m, Items = [new("a-1", "a1"), new("a-2", "a2"), new("a-3", "a3")] },
            new TemplateCategory { Code = "b", Name = "B", Weight = 1m, Items = [new("b-1", "b1")] },
        ], DateTimeOffset.UnixEpoch);
        var figures = IndexCalculator.Compute(template, [Response(1m, null, ("a-1", 100m), ("a-2", 100m), ("a-3", 100m), ("b-1", 0m))], 1);
        Assert.Equal(50m, figures.Index);
    }

    [Fact]
    public void Compute_WithManyAgreeingResponses_GivesANarrowIntervalAroundTheIndex()
    {
        var responses = Enumerable.Range(0, 100).Select(i => Response(1m, null,
            ("a-1", i % 2 == 0 ? 75m : 100m), ("a-2", 75m), ("a-3", 75m), ("b-1", 75m))).ToList();
        var figures = IndexCalculator.Compute(Small, responses, 30);
        Assert.False(figures.TooFew);
        Assert.True(figures.Low < figures.Index && figures.Index < figures.High);
        Assert.True(figures.High - figures.Low < 2m, $"{figures.Low}–{figures.High}");
    }

    [Fact]
    public void Compute_WithOneResponse_HasNoInterval()
    {
        var figures = IndexCalculator.Compute(Small, [Response(1m, null, ("b-1", 100m))], 30);
        Assert.Null(figures.Low);
        Assert.Null(figures.High);
    }

    [Fact]
    public void Combine_ForACompany_WeighsEachEstateByItsHouseholds()
    {
        var big = IndexCalculator.Compute(Small, [Response(1m, 100m, ("b-1", 100m))], 1);
        var small = IndexCalculator.Compute(Small, [Response(1m, 0m, ("b-1", 0m))], 1);
        var company = IndexRollup.Combine([(900, big), (100, small)], 1);
        Assert.Equal(90m, company.Categories[1].Index);
        Assert.Equal(90m, company.Overall);
        Assert.Equal(2, company.Responses);
    }

    [Fact]
    public void ToIndex_OnTheFivePointScale_MapsOneToZeroAndFiveToHundred()
    {
        Assert.Equal(0m, Small.ToIndex(1, "x"));
        Assert.Equal(75m, Small.ToIndex(4, "x"));
        Assert.Equal(100m, Small.ToIndex(5, "x"));
        Assert.Throws<PropertyCloud.BuildingBlocks.Domain.DomainException>(() => Small.ToIndex(6, "x"));
    }

    [Fact]
    public void StandardTemplate_HasTheSeedsSixCategoriesAndTwentyFiveItems()
    {
        var template = StandardTemplate.Create(DateTimeOffset.UnixEpoch);
        Assert.Equal([7, 6, 6, 2, 3, 1], template.Categories.Select(c => c.Items.Count));
        Assert.Equal(25, template.ItemCount);
        Assert.NotNull(template.OverallQuestion);
    }
}
