namespace PropertyCloud.Repairs.Api.Sla;

/// <summary>Settings of the SLA timer (configuration section "SlaWatcher").</summary>
public sealed class SlaWatcherOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How often the timer looks for targets that have passed; a breach is raised at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public int BatchSize { get; set; } = 100;
}
