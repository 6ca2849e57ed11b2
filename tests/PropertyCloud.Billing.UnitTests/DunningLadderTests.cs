using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class DunningLadderTests
{
    private static readonly DunningPolicy Ladder = DunningPolicy.Configure(Given.Estate, 7, 30, 60, null);

    [Theory]
    [InlineData(6, null)]
    [InlineData(7, DunningStep.Reminder)]
    [InlineData(29, DunningStep.Reminder)]
    [InlineData(30, DunningStep.Notice)]
    [InlineData(60, DunningStep.FinalNotice)]
    [InlineData(400, DunningStep.FinalNotice)]
    public void StepFor_DaysOverdue_IsTheHighestRungReached(int days, DunningStep? step) => Assert.Equal(step, Ladder.StepFor(days));

    [Theory]
    [InlineData(0, 30, 60, "reminderAfterDays")]
    [InlineData(30, 30, 60, "noticeAfterDays")]
    [InlineData(7, 30, 20, "finalNoticeAfterDays")]
    public void Configure_ALadderThatDoesNotClimb_IsRefusedOnTheRung(int reminder, int notice, int final, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => DunningPolicy.Configure(Given.Estate, reminder, notice, final, null)).Field);
}
