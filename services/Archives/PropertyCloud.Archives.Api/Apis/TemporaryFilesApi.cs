using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Temporary;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// Temporary files (临时档案) of decoration and engineering jobs: opened while the job runs, formalised within five days
/// of its completion; <c>?overdue=true</c> lists the ones past that.
/// </summary>
public static class TemporaryFilesApi
{
    private static readonly LocalizedText TemporaryFileText = new("临时档案", "temporary file");

    public static RouteGroupBuilder MapTemporaryFilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/temporary-files").WithTags("Temporary files");
        api.MapGet("/", ListTemporaryFiles).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/", OpenTemporaryFile).RequireAuthorization(ArchivesPolicies.ManageDocuments).Validate<OpenTemporaryFileRequest>();
        api.MapPost("/{fileId:guid}/job-completed", RecordJobCompleted).RequireAuthorization(ArchivesPolicies.ManageDocuments);
        api.MapPost("/{fileId:guid}/formalise", Formalise).RequireAuthorization(ArchivesPolicies.ManageDocuments).Validate<FormaliseRequest>();
        return api;
    }

    public static async Task<Ok<PagedResult<TemporaryFileResponse>>> ListTemporaryFiles(
        Guid estateId, bool? overdue, [AsParameters] ArchivesServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var today = Today(services);
        var query = services.Db.TemporaryFiles.AsNoTracking().Where(f => f.EstateId == estateId);
        if (overdue == true)
        {
            var completedBefore = today.AddDays(-TemporaryFile.FormalisationDays);
            query = query.Where(f => f.FormalisedAt == null && f.JobCompletedOn < completedBefore);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(f => f.JobCompletedOn).ThenBy(f => f.OpenedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<TemporaryFileResponse>([.. items.Select(f => TemporaryFileResponse.From(f, today))], page.Number, page.Size, total));
    }

    public static async Task<Created<TemporaryFileResponse>> OpenTemporaryFile(
        Guid estateId, OpenTemporaryFileRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var file = TemporaryFile.Open(estateId, request.Kind, request.Title, request.UnitId, services.User.Name ?? services.User.Id ?? "",
            services.Clock.GetUtcNow());
        services.Db.TemporaryFiles.Add(file);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/temporary-files/{file.Id}", TemporaryFileResponse.From(file, Today(services)));
    }

    public static Task<Results<Ok<TemporaryFileResponse>, ProblemHttpResult>> RecordJobCompleted(
        Guid estateId, Guid fileId, JobCompletedRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeAsync(estateId, fileId, services, f => f.CompleteJob(request.CompletedOn, Today(services)), cancellationToken);

    public static Task<Results<Ok<TemporaryFileResponse>, ProblemHttpResult>> Formalise(
        Guid estateId, Guid fileId, FormaliseRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken) =>
        ChangeAsync(estateId, fileId, services,
            f => f.Formalise(request.IndexNumber, services.User.Name ?? services.User.Id ?? "", services.Clock.GetUtcNow()), cancellationToken);

    private static async Task<Results<Ok<TemporaryFileResponse>, ProblemHttpResult>> ChangeAsync(
        Guid estateId, Guid fileId, ArchivesServices services, Action<TemporaryFile> change, CancellationToken cancellationToken)
    {
        var file = await services.Db.TemporaryFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        if (file is null)
        {
            return ApiProblems.NotFound(TemporaryFileText, fileId);
        }
        change(file);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TemporaryFileResponse.From(file, Today(services)));
    }

    /// <summary>The estates' calendar day (China Standard Time), which the five days count in.</summary>
    private static DateOnly Today(ArchivesServices services) =>
        EstateCalendar.Day(services.Clock.GetUtcNow());
}
