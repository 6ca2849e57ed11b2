using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Actions;

namespace PropertyCloud.Surveys.UnitTests;

public class CorrectiveActionTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static CorrectiveAction Action(string? category = null, string? item = "daily-management-3")
    {
        var (campaign, household) = Given.StartedCampaign();
        return CorrectiveAction.Open(campaign, Given.Standard, household.EstateId, category, item, "保洁 61.3", "楼道清洁整改",
            Guid.NewGuid(), Today.AddDays(10), Given.Now);
    }

    [Fact]
    public void Open_WithADeadlineInThePast_IsRefused()
    {
        var (campaign, household) = Given.StartedCampaign();

        var refused = Assert.Throws<DomainException>(() => CorrectiveAction.Open(campaign, Given.Standard, household.EstateId, null, null,
            "x", "x", Guid.NewGuid(), Today.AddDays(-1), Given.Now));
        Assert.Equal("deadline", refused.Field);
    }

    [Fact]
    public void Open_ForAnItemOfAnotherCategory_IsRefused()
    {
        Assert.Equal("itemCode", Assert.Throws<DomainException>(() => Action(category: "complaints", item: "daily-management-3")).Field);
    }

    [Fact]
    public void Open_ForAnEstateTheCampaignDidNotSurvey_IsRefused()
    {
        var (campaign, _) = Given.StartedCampaign();

        Assert.Equal("action.estate_not_surveyed", Assert.Throws<DomainException>(() => CorrectiveAction.Open(campaign, Given.Standard,
            Guid.NewGuid(), null, null, "x", "x", Guid.NewGuid(), Today, Given.Now)).Code);
    }

    [Fact]
    public void IsOverdue_AfterTheDeadline_IsTrueUntilMarkedThenFalseUntilANewDeadlinePasses()
    {
        var action = Action();

        Assert.False(action.IsOverdue(Today.AddDays(10)));
        Assert.True(action.IsOverdue(Today.AddDays(11)));
        action.MarkOverdue(Given.Now.AddDays(11));
        Assert.False(action.IsOverdue(Today.AddDays(12)));
        action.RecordVerification(Today.AddDays(12), false, "仍未改善", "q", Today.AddDays(20), Given.Now.AddDays(12));
        Assert.False(action.IsOverdue(Today.AddDays(20)));
        Assert.True(action.IsOverdue(Today.AddDays(21)));
    }

    [Fact]
    public void RecordVerification_Effective_ClosesTheActionAndItIsNeverOverdue()
    {
        var action = Action();

        action.RecordVerification(Today.AddDays(3), true, "回访满意", "q", null, Given.Now.AddDays(3));

        Assert.Equal(CorrectiveActionStatus.Closed, action.Status);
        Assert.False(action.IsOverdue(Today.AddDays(30)));
        Assert.Throws<ConflictException>(() => action.RecordVerification(Today.AddDays(4), true, "x", "q", null, Given.Now.AddDays(4)));
    }

    [Fact]
    public void RecordVerification_InTheFuture_IsRefused()
    {
        var action = Action();

        Assert.Equal("visitedOn", Assert.Throws<DomainException>(() =>
            action.RecordVerification(Today.AddDays(5), true, "x", "q", null, Given.Now)).Field);
    }
}
