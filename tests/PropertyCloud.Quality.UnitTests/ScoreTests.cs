using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Scoring;

namespace PropertyCloud.Quality.UnitTests;

public sealed class ScoreTests
{
    [Fact]
    public void ScoreWith_DefaultWeights_IsTheWeightedMeanOfTheComponentsThereAre()
    {
        var components = new ScoreComponents(Sla: 50, Complaints: 50, Collection: 53.33m, Survey: 85.5m, Inspections: null, OpenItems: 50);

        // (50·25 + 50·20 + 53.33·10 + 85.5·25 + 50·5) / (25 + 20 + 10 + 25 + 5) = 5170.8 / 85
        Assert.Equal(60.83m, components.ScoreWith(ScoreWeights.Default()));
    }

    [Fact]
    public void ScoreWith_NoComponents_IsNull()
    {
        Assert.Null(new ScoreComponents(null, null, null, null, null, null).ScoreWith(ScoreWeights.Default()));
    }

    [Fact]
    public void ScoreWith_OnlySurveyWeighted_IsTheSurveyIndex()
    {
        var weights = ScoreWeights.Default();
        weights.Change(0, 0, 0, 1, 0, 0, "quality", DateTimeOffset.UtcNow);

        Assert.Equal(85.5m, new ScoreComponents(10, 20, 30, 85.5m, 40, 50).ScoreWith(weights));
    }

    [Fact]
    public void Change_WithAllWeightsZero_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() => ScoreWeights.Default().Change(0, 0, 0, 0, 0, 0, "q", DateTimeOffset.UtcNow));

        Assert.Equal("score.weights_all_zero", error.Code);
    }

    [Fact]
    public void Change_WithANegativeWeight_IsNotPossible()
    {
        var error = Assert.Throws<DomainException>(() => ScoreWeights.Default().Change(-1, 0, 0, 1, 0, 0, "q", DateTimeOffset.UtcNow));

        Assert.Equal("score.weight_negative", error.Code);
    }
}
