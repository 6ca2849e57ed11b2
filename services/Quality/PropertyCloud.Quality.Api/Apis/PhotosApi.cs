using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Domain.Inspections;
using PropertyCloud.Quality.Api.Domain.Rules;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Infrastructure.Photos;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>
/// Photos of inspections and rectifications, sent as the raw request body (JPEG, PNG, WebP or HEIC, at most 10 MB;
/// the type is read from the bytes). Quality, the group admin and the estate's manager upload them and then name
/// them by id in a finding or rectification; whoever reads the estate's inspections downloads them.
/// </summary>
public static class PhotosApi
{
    internal static readonly LocalizedText PhotoText = new("照片", "photo");

    private static readonly LocalizedText FailedVerification = new("照片内容校验失败", "The photo's stored content failed verification");

    public static IEndpointRouteBuilder MapPhotosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality/estates/{estateId:guid}/photos").WithTags("Inspections")
            .RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapPost("", Upload);
        api.MapGet("/{photoId:guid}", Download);
        return app;
    }

    public static async Task<Results<Created<PhotoResponse>, ProblemHttpResult>> Upload(
        Guid estateId, HttpRequest request, IPhotoStore store, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var content = await ReadLimitedAsync(request, cancellationToken);
        PhotoMustBeAnImage.Check(content);
        var sha256 = await store.SaveAsync(content, cancellationToken);
        var photo = InspectionPhoto.Upload(estateId, content, sha256, services.User.Name ?? services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.InspectionPhotos.Add(photo);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(photo.Url, PhotoResponse.From(photo));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid estateId, Guid photoId, IPhotoStore store, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var photo = await services.Db.InspectionPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.EstateId == estateId, cancellationToken);
        if (photo is null)
        {
            return ApiProblems.NotFound(PhotoText, photoId);
        }
        var content = await store.ReadVerifiedAsync(photo.Sha256, cancellationToken);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: FailedVerification.ToString(), detail: photo.Sha256,
                extensions: new Dictionary<string, object?> { ["code"] = "photo.content_failed_verification" });
        }
        return TypedResults.File(content, photo.ContentType, $"{photo.Id}{Extension(photo.ContentType)}");
    }

    /// <summary>Reads at most one byte more than a photo may have, whatever Content-Length claims.</summary>
    private static async Task<byte[]> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > PhotoMustBeAnImage.MaxBytes)
        {
            throw PhotoMustBeAnImage.TooLarge();
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > PhotoMustBeAnImage.MaxBytes)
            {
                throw PhotoMustBeAnImage.TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        _ => ".heic",
    };
}
