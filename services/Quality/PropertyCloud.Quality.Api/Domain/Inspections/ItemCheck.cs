namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>What the inspector recorded for one item; a failed item needs a rectification deadline and becomes a finding.</summary>
public sealed record ItemCheck(string Code, bool Passed, string? Note, DateOnly? RectifyBy, IReadOnlyList<Photo> Photos);
