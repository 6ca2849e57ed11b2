using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Responses;

namespace PropertyCloud.Surveys.UnitTests;

public class ResponseTests
{
    private static readonly List<string> Items = [.. Given.Standard.Categories.SelectMany(c => c.Items).Select(i => i.Code)];

    [Fact]
    public void Save_InTwoParts_AccumulatesAnswersAndCompletesWithTheLastItemAndTheOverallQuestion()
    {
        var (_, household) = Given.StartedCampaign();
        var response = SurveyResponse.Begin(household, ResponseChannel.Visit, "surveyor-1", Given.Now);

        response.Save(Given.Standard, ResponseChannel.Visit, [.. Items.Take(20).Select(i => new Answer(i, 4))], null, [], Given.Now);
        Assert.False(response.Complete);
        response.Save(Given.Standard, ResponseChannel.Visit, [.. Items.Skip(20).Select(i => new Answer(i, 5))], null, [], Given.Now);
        Assert.False(response.Complete);
        response.Save(Given.Standard, ResponseChannel.Visit, [new Answer(Items[0], 2)], 4, [], Given.Now);

        Assert.True(response.Complete);
        Assert.Equal(25, response.Answers.Count);
        Assert.Equal(2, response.Answers.Single(a => a.ItemCode == Items[0]).Value);
    }

    [Fact]
    public void Save_ThroughTheOtherChannel_IsAConflict()
    {
        var (_, household) = Given.StartedCampaign();
        var response = SurveyResponse.Begin(household, ResponseChannel.Visit, "surveyor-1", Given.Now);

        var conflict = Assert.Throws<ConflictException>(() =>
            response.Save(Given.Standard, ResponseChannel.Link, [new Answer(Items[0], 3)], null, [], Given.Now));
        Assert.Equal("response.already_recorded", conflict.Code);
    }

    [Fact]
    public void Save_AfterTheResponseIsComplete_IsAConflict()
    {
        var (_, household) = Given.StartedCampaign();
        var response = SurveyResponse.Begin(household, ResponseChannel.Link, null, Given.Now);
        response.Save(Given.Standard, ResponseChannel.Link, [.. Items.Select(i => new Answer(i, 5))], 5, [], Given.Now);

        Assert.Throws<ConflictException>(() => response.Save(Given.Standard, ResponseChannel.Link, [new Answer(Items[0], 1)], null, [], Given.Now));
    }

    [Theory]
    [InlineData("no-such-item", 3, "answers[0].itemCode")]
    [InlineData("brand-1", 0, "answers[0].value")]
    [InlineData("brand-1", 6, "answers[0].value")]
    public void Save_WithAnAnswerNotFittingTheTemplate_IsRefusedNamingTheField(string item, int value, string field)
    {
        var (_, household) = Given.StartedCampaign();
        var response = SurveyResponse.Begin(household, ResponseChannel.Visit, "s", Given.Now);

        var refused = Assert.Throws<DomainException>(() => response.Save(Given.Standard, ResponseChannel.Visit, [new Answer(item, value)], null, [], Given.Now));
        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Begin_ForAHouseholdThatDeclined_IsRefused()
    {
        var (_, household) = Given.StartedCampaign();
        household.Decline();

        Assert.Equal("sample.declined", Assert.Throws<DomainException>(() =>
            SurveyResponse.Begin(household, ResponseChannel.Visit, "s", Given.Now)).Code);
    }

    [Fact]
    public void Scored_WithDesignWeight_MapsAnswersToZeroToHundred()
    {
        var (_, household) = Given.StartedCampaign();
        var response = SurveyResponse.Begin(household, ResponseChannel.Visit, "s", Given.Now);
        response.Save(Given.Standard, ResponseChannel.Visit, [new Answer("brand-1", 4)], 5, [], Given.Now);

        var scored = response.Scored(Given.Standard, 12.5m);

        Assert.Equal(12.5m, scored.Weight);
        Assert.Equal(75m, scored.ItemScores["brand-1"]);
        Assert.Equal(100m, scored.Overall);
    }
}
