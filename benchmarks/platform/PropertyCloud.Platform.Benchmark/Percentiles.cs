namespace PropertyCloud.Platform.Benchmark;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of an ascending list.</summary>
    public static double Of(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
