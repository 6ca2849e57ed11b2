using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Apis.Printing;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;

namespace PropertyCloud.Archives.Api.Apis.Viewing;

/// <summary>
/// View-only, watermarked reading of a document (for borrowers of A and B documents): HTML, or PDF with
/// <c>?format=pdf</c>, naming the reader and the time on every page. Audited like any read.
/// </summary>
public static class ViewingApi
{
    public static RouteGroupBuilder MapViewingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/documents").WithTags("Viewing")
            .RequireAuthorization(ArchivesPolicies.ReadDocuments);
        api.MapGet("/{documentId:guid}/view", View);
        return api;
    }

    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> View(
        Guid estateId, Guid documentId, string? format, [AsParameters] ArchivesServices services, IDocumentStore store, IPdfRenderer renderer,
        CancellationToken cancellationToken)
    {
        var pdf = PrintFormat.IsPdf(format);
        var document = await services.Db.Documents.AsNoTracking().Include(d => d.Versions)
            .FirstOrDefaultAsync(d => d.Id == documentId && d.EstateId == estateId && d.DestroyedAt == null, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound(DocumentsApi.DocumentText, documentId);
        }
        if (!await DocumentAccess.MayReadAsync(services, document, cancellationToken))
        {
            return DocumentAccess.Forbidden();
        }
        var current = document.Versions.First(v => v.Number == document.CurrentVersion);
        string html;
        try
        {
            html = (await WatermarkedRendition.RenderAsync(services, store, document, current, orNothing: false, cancellationToken))!;
        }
        catch (DocumentContentCorruptedException)
        {
            return DocumentsApi.ContentFailed(documentId, current.Number);
        }
        await DocumentAccess.RecordReadAsync(services, document, AuditActions.DocumentViewed, $"watermarked view v{current.Number}", cancellationToken);
        return pdf
            ? TypedResults.File(await renderer.RenderAsync(html, cancellationToken), "application/pdf", $"{document.Id}-view.pdf")
            : TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
