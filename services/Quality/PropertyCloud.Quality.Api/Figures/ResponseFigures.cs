namespace PropertyCloud.Quality.Api.Figures;

/// <summary>
/// True response times in minutes: repair orders from intake to the worker accepting (the SLA's response target) and
/// to arriving on site, counted on the day it happened; complaints from receipt to their first response.
/// </summary>
public sealed record ResponseFigures(
    decimal? AcceptMedianMinutes, decimal? AcceptP90Minutes, decimal? OnSiteMedianMinutes, decimal? OnSiteP90Minutes,
    decimal? ComplaintFirstResponseMedianMinutes, decimal? ComplaintFirstResponseP90Minutes)
{
    public static ResponseFigures From(IReadOnlyDictionary<string, decimal?> m) =>
        new(m.Value(Metrics.AcceptMedian), m.Value(Metrics.AcceptP90), m.Value(Metrics.OnSiteMedian), m.Value(Metrics.OnSiteP90),
            m.Value(Metrics.ComplaintFirstResponseMedian), m.Value(Metrics.ComplaintFirstResponseP90));
}
