using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// What an owner may see of the archive (003 篇5 5.6.4): the estate's public technical drawings and the move-in
/// documents of the units they own, filed since they took the unit. Anything else answers 404, so nobody learns
/// which documents exist; reads of the (level B) move-in documents are audited like any other.
/// </summary>
public static class MyDocumentsApi
{
    public const int MaxListed = 500;

    public static RouteGroupBuilder MapMyDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/me/estates/{estateId:guid}/documents").WithTags("My documents")
            .RequireAuthorization(ArchivesPolicies.OwnDocuments);
        api.MapGet("/", ListMyDocuments);
        api.MapGet("/{documentId:guid}/content", Download);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<MyDocumentResponse>>> ListMyDocuments(
        Guid estateId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var documents = await VisibleTo(services, estateId).Include(d => d.Versions)
            .OrderBy(d => d.Category).ThenBy(d => d.FiledAt).Take(MaxListed).ToListAsync(cancellationToken);
        var fileIds = documents.Select(d => d.FileId).Distinct().ToList();
        var units = await services.Db.CustomerFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.UnitId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MyDocumentResponse>>(
            [.. documents.Select(d => MyDocumentResponse.From(d, units.TryGetValue(d.FileId, out var unitId) ? unitId : null))]);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid estateId, Guid documentId, [AsParameters] ArchivesServices services, IDocumentStore store, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var document = await VisibleTo(services, estateId).Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        var current = document?.Versions.FirstOrDefault(v => v.Number == document.CurrentVersion);
        if (document is null || current is null)
        {
            return ApiProblems.NotFound(DocumentsApi.DocumentText, documentId);
        }
        var (content, failed) = await AuditedContent.OpenAsync(services, store, document, current, $"owner v{current.Number} {current.Sha256}", logs,
            cancellationToken);
        return content is null ? failed! : AuditedContent.File(content, current);
    }

    private static IQueryable<ArchiveDocument> VisibleTo(ArchivesServices services, Guid estateId)
    {
        var db = services.Db;
        var holdings = db.HoldingsOf(estateId, services.User.Id ?? "");
        return db.Documents.AsNoTracking().Where(d => d.EstateId == estateId && d.DestroyedAt == null
            && ((d.IsPublic && d.Category == DocumentCategory.Drawing && d.Level == ConfidentialityLevel.C)
                || (d.Category == DocumentCategory.MoveInForm && db.CustomerFiles.Any(f => f.Id == d.FileId
                    && holdings.Any(h => h.UnitId == f.UnitId && (h.OwnedSince == null || d.FiledAt >= h.OwnedSince))))));
    }
}
