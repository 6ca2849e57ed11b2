namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Settings of the overdue scan (configuration section "Billing:Overdue").</summary>
public sealed class OverdueBillsOptions
{
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(10);

    public int BatchSize { get; set; } = 500;
}
