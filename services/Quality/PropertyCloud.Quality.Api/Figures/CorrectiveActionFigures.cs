namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Survey corrective actions opened, and closed by an effective verification.</summary>
public sealed record CorrectiveActionFigures(int Opened, int Closed)
{
    public static CorrectiveActionFigures From(IReadOnlyDictionary<string, decimal?> m) =>
        new(m.Count(Metrics.CorrectiveOpened), m.Count(Metrics.CorrectiveClosed));
}
