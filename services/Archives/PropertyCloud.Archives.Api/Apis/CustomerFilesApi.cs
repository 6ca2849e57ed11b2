using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Customer files (客户档案) of an estate's units.</summary>
public static class CustomerFilesApi
{
    private static readonly LocalizedText CustomerFileText = new("客户档案", "customer file");

    public static RouteGroupBuilder MapCustomerFilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/files").WithTags("Customer files")
            .RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapGet("/", ListFiles);
        api.MapGet("/{fileId:guid}", GetFile);
        api.MapGet("/{fileId:guid}/records", ListRecords);
        return api;
    }

    /// <summary>
    /// Files by number (档案编号), optionally of one unit, with the number written on the folder (<paramref name="fileNumber"/>,
    /// exact) or its beginning (<paramref name="fileNumberPrefix"/>, e.g. "3栋-1-" for an entrance).
    /// </summary>
    public static async Task<Results<Ok<PagedResult<CustomerFileResponse>>, ProblemHttpResult>> ListFiles(
        Guid estateId, Guid? unitId, string? fileNumber, string? fileNumberPrefix, ArchivesDb db, CurrentUser user,
        [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.CustomerFiles.AsNoTracking().Where(f => f.EstateId == estateId);
        if (unitId is not null)
        {
            query = query.Where(f => f.UnitId == unitId);
        }
        if (!string.IsNullOrWhiteSpace(fileNumber))
        {
            var number = fileNumber.Trim();
            query = query.Where(f => f.FileNumber == number);
        }
        if (!string.IsNullOrWhiteSpace(fileNumberPrefix))
        {
            var pattern = LikePatterns.StartingWith(fileNumberPrefix.Trim());
            query = query.Where(f => EF.Functions.Like(f.FileNumber, pattern));
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(f => f.FileNumber).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<CustomerFileResponse>([.. items.Select(CustomerFileResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<CustomerFileResponse>, ProblemHttpResult>> GetFile(
        Guid estateId, Guid fileId, ArchivesDb db, CurrentUser user, CancellationToken cancellationToken)
    {
        var file = await db.CustomerFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        return file is null ? ApiProblems.NotFound(CustomerFileText, fileId) : TypedResults.Ok(CustomerFileResponse.From(file));
    }

    /// <summary>Records filed automatically into the file from other systems' events, oldest first.</summary>
    public static async Task<Results<Ok<PagedResult<FileRecordResponse>>, ProblemHttpResult>> ListRecords(
        Guid estateId, Guid fileId, ArchivesDb db, CurrentUser user, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.FileRecords.AsNoTracking().Where(r => r.EstateId == estateId && r.FileId == fileId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.OccurredAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<FileRecordResponse>([.. items.Select(FileRecordResponse.From)], page.Number, page.Size, total));
    }
}
