namespace PropertyCloud.Quality.Api.Projections;

/// <summary>How many stored events a rebuild replayed and how long it took.</summary>
public sealed record RebuildResult(long EventsReplayed, double Seconds);
