using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>
/// Photos of a repair order, sent as the raw request body (image/jpeg, image/png, image/webp). Intake photos: the
/// resident who reported it, or the service centre; completion photos: the worker it is dispatched to. Who can read
/// the order can list and download its photos.
/// </summary>
public static class RepairPhotosApi
{
    public static IEndpointRouteBuilder MapRepairPhotosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/orders/{orderId:guid}/photos").WithTags("Repair orders")
            .RequireAuthorization(RepairsPolicies.ReadOrders);
        api.MapPost("", Upload);
        api.MapGet("", List);
        api.MapGet("/{photoId:guid}", Download);
        return app;
    }

    public static async Task<Results<Created<RepairPhotoResponse>, ProblemHttpResult>> Upload(
        Guid estateId, Guid orderId, PhotoStage stage, HttpRequest request, [AsParameters] RepairsServices services,
        CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null || (services.IsResident && order.ReporterId != services.UserId))
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        var allowed = stage == PhotoStage.Intake
            ? services.IsResident || services.User.IsInRole(Roles.FrontDesk) || services.User.IsInRole(Roles.EstateManager)
            : order.IsAssignedTo(services.User.Id);
        if (!allowed)
        {
            return RepairProblems.NotAssignee();
        }
        if (request.ContentLength > RepairPhoto.MaxBytes)
        {
            throw new DomainException("photo.size", new("照片须为非空且不超过 5 MB", "A photo must be non-empty and at most 5 MB"), "photo");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var photo = RepairPhoto.Take(orderId, stage, buffer.ToArray(), services.UserName, services.Clock.GetUtcNow());
        services.Db.RepairPhotos.Add(photo);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/estates/{estateId}/orders/{orderId}/photos/{photo.Id}", RepairPhotoResponse.From(photo));
    }

    public static async Task<Results<Ok<List<RepairPhotoResponse>>, ProblemHttpResult>> List(
        Guid estateId, Guid orderId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        if (!await CanReadAsync(estateId, orderId, services, cancellationToken))
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        var photos = await services.Db.RepairPhotos.AsNoTracking().Where(p => p.RepairOrderId == orderId).OrderBy(p => p.UploadedAt)
            .Select(p => new RepairPhotoResponse(p.Id, p.RepairOrderId, p.Stage, p.ContentType, p.Size, p.Sha256, p.UploadedBy, p.UploadedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(photos);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid estateId, Guid orderId, Guid photoId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        if (!await CanReadAsync(estateId, orderId, services, cancellationToken))
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        var photo = await services.Db.RepairPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.RepairOrderId == orderId, cancellationToken);
        if (photo is null)
        {
            return ApiProblems.NotFound(RepairProblems.Photo, photoId);
        }
        return TypedResults.File(photo.Content, photo.ContentType);
    }

    /// <summary>The same rule as reading the order: in the estate, and for residents only their own.</summary>
    private static Task<bool> CanReadAsync(Guid estateId, Guid orderId, RepairsServices services, CancellationToken cancellationToken) =>
        services.Db.RepairOrders.AnyAsync(o => o.Id == orderId && o.EstateId == estateId
            && (!services.IsResident || o.ReporterId == services.UserId), cancellationToken);
}
