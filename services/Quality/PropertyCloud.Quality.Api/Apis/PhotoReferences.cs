using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>Turns the photos a request names (uploaded ones by id, others by address) into a finding's photos.</summary>
internal static class PhotoReferences
{
    /// <exception cref="DomainException">A photo id was not uploaded to this estate (422 naming photoId).</exception>
    public static async Task<Func<PhotoRequest, Photo>> ResolverAsync(
        QualityDb db, Guid estateId, IEnumerable<PhotoRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.PhotoId).OfType<Guid>().Distinct().ToList();
        var uploaded = ids.Count == 0
            ? []
            : await db.InspectionPhotos.AsNoTracking().Where(p => p.EstateId == estateId && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        if (ids.FirstOrDefault(id => !uploaded.ContainsKey(id)) is var unknown && unknown != Guid.Empty)
        {
            throw new DomainException("photo.unknown",
                new($"照片 {unknown} 未上传到该小区", $"Photo {unknown} was not uploaded to this estate"), "photoId");
        }
        return r => r.PhotoId is { } id
            ? new Photo(uploaded[id].Url, r.Caption, id, uploaded[id].Sha256)
            : new Photo(r.Url ?? "", r.Caption);
    }
}
