namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>A photo of a finding or its rectification: where it is kept, and what it shows.</summary>
public sealed record Photo(string Url, string? Caption);
