using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.UnitTests;

public class RetryScheduleTests
{
    private static readonly RetrySchedule Schedule = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), TimeSpan.FromHours(24));
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(8, 3600)]
    [InlineData(20, 3600)]
    public void NextAttempt_AfterFailures_DoublesTheDelayUpToTheCap(int attempts, int expectedSeconds)
    {
        var next = Schedule.NextAttempt(attempts, Start, Start);

        Assert.Equal(Start.AddSeconds(expectedSeconds), next);
    }

    [Fact]
    public void NextAttempt_WhenItWouldFallAfterTheWindow_Parks()
    {
        var now = Start.AddHours(23.5);

        Assert.Null(Schedule.NextAttempt(20, Start, now));
        Assert.NotNull(Schedule.NextAttempt(20, Start, Start.AddHours(22)));
    }

    [Fact]
    public void FailingForADay_IsTriedAboutThirtyTimesThenParked()
    {
        var delivery = Deliveries.New();
        var now = Start;
        while (delivery.Status != DeliveryStatus.Parked)
        {
            delivery.MarkFailed("503", now, Schedule);
            now = delivery.NextAttemptAt;
        }

        Assert.InRange(delivery.Attempts, 25, 35);
        Assert.True(delivery.ParkedAt - Start <= TimeSpan.FromHours(24));
        Assert.Equal("503", delivery.LastError);
    }
}
