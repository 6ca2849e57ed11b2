namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Settings of the scheduled dunning round (configuration section "Billing:Dunning").</summary>
public sealed class DunningOptions
{
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromHours(1);

    public int BatchSize { get; set; } = 500;
}
