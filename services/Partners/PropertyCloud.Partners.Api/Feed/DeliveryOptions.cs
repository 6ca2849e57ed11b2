namespace PropertyCloud.Partners.Api.Feed;

/// <summary>Settings of partner delivery (configuration section "Partners:Delivery").</summary>
public sealed class DeliveryOptions
{
    public const string Exchange = "propertycloud.events";

    public int BatchSize { get; set; } = 100;

    /// <summary>How often the dispatcher looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Back-off after the first failure; it doubles with each further failure up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a failing delivery is retried before it is parked.</summary>
    public TimeSpan RetryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long one webhook call or broker confirm may take.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long public events stay available for replay (at least 30 days).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(35);

    public Domain.RetrySchedule RetrySchedule => new(FirstDelay, MaxDelay, RetryWindow);
}
