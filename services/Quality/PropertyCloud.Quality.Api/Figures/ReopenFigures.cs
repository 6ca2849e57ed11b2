namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Reopenings of repair orders and complaints, counted on the day each happened (an item reopened twice counts twice).</summary>
public sealed record ReopenFigures(int RepairOrders, int Complaints)
{
    public static ReopenFigures From(IReadOnlyDictionary<string, decimal?> m) =>
        new(m.Count(Metrics.RepairsReopened), m.Count(Metrics.ComplaintsReopened));
}
