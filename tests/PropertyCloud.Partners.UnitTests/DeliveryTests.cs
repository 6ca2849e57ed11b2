using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.UnitTests;

public class DeliveryTests
{
    private static readonly RetrySchedule Fast = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(10));

    [Fact]
    public void MarkFailed_WithinTheWindow_RetriesLater()
    {
        var delivery = Deliveries.New();
        var now = DateTimeOffset.UtcNow;

        delivery.MarkFailed("connection refused", now, Fast);

        Assert.Equal(DeliveryStatus.Retrying, delivery.Status);
        Assert.Equal(now.AddSeconds(1), delivery.NextAttemptAt);
        Assert.Equal(1, delivery.Attempts);
    }

    [Fact]
    public void Replay_OfAParkedDelivery_MakesItDueNowWithAFreshWindow()
    {
        var delivery = Deliveries.New();
        var now = DateTimeOffset.UtcNow;
        delivery.MarkFailed("500", now, Fast);
        delivery.MarkFailed("500", now.AddSeconds(20), Fast);
        Assert.Equal(DeliveryStatus.Parked, delivery.Status);

        delivery.Replay(now.AddMinutes(1));

        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(now.AddMinutes(1), delivery.NextAttemptAt);
        Assert.Null(delivery.ParkedAt);
        delivery.MarkFailed("500", now.AddMinutes(1), Fast);
        Assert.Equal(DeliveryStatus.Retrying, delivery.Status);
    }

    [Fact]
    public void PublicEvent_WithoutPersonalFields_KeepsOneCopyOfItsData()
    {
        var publicEvent = Deliveries.Event("""{"a":1}""");

        Assert.Null(publicEvent.PersonalData);
        Assert.Equal("""{"a":1}""", publicEvent.DataFor(personalDataGranted: true));
    }
}
