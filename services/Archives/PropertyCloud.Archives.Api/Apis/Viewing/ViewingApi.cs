using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;

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
        byte[]? image = null;
        string? text = null;
        if (current.ContentType.StartsWith("image/", StringComparison.Ordinal) && current.ContentType != "image/tiff" && current.Length <= WatermarkedView.MaxInlineImageBytes)
        {
            try
            {
                await using var content = await store.OpenVerifiedAsync(current.Sha256, cancellationToken);
                await using var copy = new MemoryStream();
                await content.CopyToAsync(copy, cancellationToken);
                image = copy.ToArray();
            }
            catch (DocumentContentCorruptedException)
            {
                return DocumentsApi.ContentFailed(documentId, current.Number);
            }
        }
        else
        {
            text = await services.Db.DocumentSearch.Where(e => e.DocumentId == documentId && e.HasContentText)
                .Select(e => e.SearchText).FirstOrDefaultAsync(cancellationToken);
        }
        var now = services.Clock.GetUtcNow();
        var watermark = $"{services.User.Name} ({services.User.Id}) · {EstateCalendar.Local(now).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} · 仅供查阅 不得复制";
        await DocumentAccess.RecordReadAsync(services, document, AuditActions.DocumentViewed, $"watermarked view v{current.Number}", cancellationToken);
        var html = WatermarkedView.Render(document.Title, watermark, current.ContentType, image, text);
        return string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.File(await renderer.RenderAsync(html, cancellationToken), "application/pdf", $"{document.Id}-view.pdf")
            : TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
