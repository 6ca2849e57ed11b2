namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Complaints received, escalated and closed; closed ones the complainant was dissatisfied with; median handling time.</summary>
public sealed record ComplaintFigures(int Received, int Escalated, int Closed, int Dissatisfied, decimal? HandlingMedianMinutes)
{
    public static ComplaintFigures From(IReadOnlyDictionary<string, decimal?> m) =>
        new(m.Count(Metrics.ComplaintsReceived), m.Count(Metrics.ComplaintsEscalated), m.Count(Metrics.ComplaintsClosed),
            m.Count(Metrics.ComplaintsDissatisfied), m.Value(Metrics.ComplaintHandlingMedian));
}
