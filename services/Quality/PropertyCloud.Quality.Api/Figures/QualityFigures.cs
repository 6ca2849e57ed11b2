namespace PropertyCloud.Quality.Api.Figures;

/// <summary>A scope's figures over a range: the total, one bucket per day or month with activity, and what is open at the end.</summary>
public sealed record QualityFigures(
    Granularity Granularity, DateOnly From, DateOnly To, FiguresBucket Total, IReadOnlyList<FiguresBucket> Series, OpenItems Open);
