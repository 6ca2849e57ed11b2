namespace PropertyCloud.Quality.Api.Figures;

/// <summary>What is still open at the end of the range: survey corrective actions and inspection findings, and how many are past their deadline.</summary>
public sealed record OpenItems(int CorrectiveActions, int OverdueCorrectiveActions, int Findings, int OverdueFindings)
{
    public static OpenItems From(IEnumerable<FigureRow> rows)
    {
        var m = rows.GroupBy(r => r.Metric).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return new OpenItems(m.Count(Metrics.OpenCorrectiveActions), m.Count(Metrics.OverdueCorrectiveActions),
            m.Count(Metrics.OpenFindings), m.Count(Metrics.OverdueFindings));
    }
}
