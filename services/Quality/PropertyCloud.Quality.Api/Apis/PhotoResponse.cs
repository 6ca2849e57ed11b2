using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>An uploaded photo: refer to it by <see cref="Id"/> as a finding's or rectification's photoId; download it at <see cref="Url"/>.</summary>
public sealed record PhotoResponse(Guid Id, Guid EstateId, string ContentType, long Size, string Sha256, string Url, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static PhotoResponse From(InspectionPhoto p) => new(p.Id, p.EstateId, p.ContentType, p.Size, p.Sha256, p.Url, p.UploadedBy, p.UploadedAt);
}
