namespace PropertyCloud.Quality.Api.Figures;

internal static class MetricValues
{
    public static int Count(this IReadOnlyDictionary<string, decimal?> metrics, string name) =>
        (int)(metrics.GetValueOrDefault(name) ?? 0);

    public static decimal Sum(this IReadOnlyDictionary<string, decimal?> metrics, string name) => metrics.GetValueOrDefault(name) ?? 0;

    public static decimal? Value(this IReadOnlyDictionary<string, decimal?> metrics, string name) => metrics.GetValueOrDefault(name);

    /// <summary>part / whole rounded to 4 places; null when the whole is zero.</summary>
    public static decimal? Rate(decimal part, decimal whole) => whole == 0 ? null : Math.Round(part / whole, 4);
}
