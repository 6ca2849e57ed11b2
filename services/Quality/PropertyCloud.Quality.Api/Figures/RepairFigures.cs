namespace PropertyCloud.Quality.Api.Figures;

/// <summary>
/// Repair orders: counts by the day each thing happened; SLA met when completed with no target missed, breached
/// on the first missed due time; response = intake to dispatch, resolution = intake to completion, in minutes.
/// </summary>
public sealed record RepairFigures(
    int Opened, int Completed, int Closed, int SlaMet, int SlaBreached, decimal? SlaMetRate,
    decimal? ResponseMedianMinutes, decimal? ResponseP90Minutes, decimal? ResolutionMedianMinutes, decimal? ResolutionP90Minutes)
{
    public static RepairFigures From(IReadOnlyDictionary<string, decimal?> m)
    {
        var met = m.Count(Metrics.SlaMet);
        var breached = m.Count(Metrics.SlaBreached);
        return new RepairFigures(m.Count(Metrics.RepairsOpened), m.Count(Metrics.RepairsCompleted), m.Count(Metrics.RepairsClosed),
            met, breached, MetricValues.Rate(met, met + breached),
            m.Value(Metrics.ResponseMedian), m.Value(Metrics.ResponseP90), m.Value(Metrics.ResolutionMedian), m.Value(Metrics.ResolutionP90));
    }
}
