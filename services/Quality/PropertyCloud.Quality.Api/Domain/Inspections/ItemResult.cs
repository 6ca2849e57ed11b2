namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>How one checklist item fared in an inspection.</summary>
public sealed record ItemResult(string Code, string Text, bool Passed, string? Note);
