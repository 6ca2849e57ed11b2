namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Settings of the late-fee assessment (configuration section "Billing:LateFees").</summary>
public sealed class LateFeeOptions
{
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromHours(1);

    public int BatchSize { get; set; } = 500;
}
