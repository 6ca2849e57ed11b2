namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>Settings of the outbox relay (configuration section "Outbox").</summary>
public sealed class OutboxOptions
{
    /// <summary>Off only in tests that simulate a crash between commit and publish.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>Rows claimed, published and marked per transaction; all of a batch's publishes are in flight at once.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How often the relay looks for work when nothing signalled it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may wait for the broker's confirm before the row is retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of the back-off between attempts of a failing row.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a sent row is kept (for diagnosis and re-publishing by hand) before it is deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a consumer remembers an event it handled; a redelivery later than this would be applied again.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often old rows are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
