namespace PropertyCloud.Quality.Api.Reports;

/// <summary>Settings under "Quality:Reports".</summary>
public sealed class ReportOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
