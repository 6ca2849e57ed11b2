using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Technical drawings marked public (公开图纸), for anyone of the estate; owners also get them with their own move-in documents (<see cref="MyDocumentsApi"/>).</summary>
public static class PublicDrawingsApi
{
    public static RouteGroupBuilder MapPublicDrawingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/public-drawings").WithTags("Public drawings")
            .RequireAuthorization(ArchivesPolicies.SeePublicDrawings);
        api.MapGet("/", ListDrawings);
        api.MapGet("/{documentId:guid}/content", Download);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<DocumentResponse>>> ListDrawings(
        Guid estateId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var drawings = await PublicDrawings(services, estateId).Include(d => d.Versions).OrderBy(d => d.Title)
            .Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DocumentResponse>>([.. drawings.Select(DocumentResponse.From)]);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid estateId, Guid documentId, [AsParameters] ArchivesServices services, IDocumentStore store, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var drawing = await PublicDrawings(services, estateId).Include(d => d.Versions)
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        var current = drawing?.Versions.FirstOrDefault(v => v.Number == drawing.CurrentVersion);
        if (drawing is null || current is null)
        {
            return ApiProblems.NotFound(DocumentsApi.DocumentText, documentId);
        }
        // Public drawings are level C: nothing to audit.
        var (content, failed) = await AuditedContent.OpenAsync(services, store, drawing, current, "", logs, cancellationToken);
        return content is null ? failed! : AuditedContent.File(content, current);
    }

    private static IQueryable<ArchiveDocument> PublicDrawings(ArchivesServices services, Guid estateId) =>
        services.Db.Documents.AsNoTracking().Where(d => d.EstateId == estateId && d.IsPublic && d.Category == DocumentCategory.Drawing
            && d.Level == ConfidentialityLevel.C && d.DestroyedAt == null);
}
