namespace PropertyCloud.Quality.Api.Figures;

/// <summary>One metric of one bucket, as the figures query returns it (long format, pivoted afterwards).</summary>
public sealed class FigureRow
{
    /// <summary>The estate, when figures are read per estate; <see cref="Guid.Empty"/> for a whole scope.</summary>
    public Guid Key { get; init; }
    public DateOnly Bucket { get; init; }
    public string Metric { get; init; } = "";
    public decimal? Value { get; init; }
}
