namespace PropertyCloud.Surveys.Api.Infrastructure;

/// <summary>How often corrective actions are checked against their deadlines ("Surveys:Overdue").</summary>
public sealed class OverdueActionsOptions
{
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(10);
    public int BatchSize { get; set; } = 200;
}
