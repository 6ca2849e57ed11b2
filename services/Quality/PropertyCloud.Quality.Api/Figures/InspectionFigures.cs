namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Quality inspections done, their average score (0–100), and findings raised.</summary>
public sealed record InspectionFigures(int Done, decimal? AverageScore, int FindingsRaised)
{
    public static InspectionFigures From(IReadOnlyDictionary<string, decimal?> m) =>
        new(m.Count(Metrics.InspectionsDone), m.Value(Metrics.InspectionScore), m.Count(Metrics.FindingsRaised));
}
