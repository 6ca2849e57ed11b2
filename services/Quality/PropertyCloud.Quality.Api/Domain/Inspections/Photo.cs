namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>
/// A photo of a finding or its rectification: where it is kept, and what it shows. <see cref="PhotoId"/> and
/// <see cref="Sha256"/> are set for a photo uploaded to Quality (its <see cref="Url"/> is then the download address);
/// both are null for one kept elsewhere and referred to by address only.
/// </summary>
public sealed record Photo(string Url, string? Caption, Guid? PhotoId = null, string? Sha256 = null);
