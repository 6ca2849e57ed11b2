using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis.Viewing;

/// <summary>
/// A borrower's download of an A or B document: the watermarked page of the version, as PDF, naming the borrower and
/// the time on every page. The original bytes carry no watermark and so never go to a borrower; when the version has
/// nothing to show on such a page (a scan, a TIFF, an old binary Office file) the download is refused with a pointer
/// to the watermarked view and the reading room, rather than handing out an unmarked original.
/// </summary>
internal static class WatermarkedDownload
{
    private static readonly LocalizedText Unavailable = new(
        "借阅期间只能下载带水印的版本，但此文件无法生成带水印的版本（扫描件、TIFF 图像或旧版 Office 文件）；请在线查看或到档案室查阅原件",
        "During a loan only a watermarked copy can be downloaded, and none can be made of this file (a scan, a TIFF image or an old binary Office file); view it online or read the original in the archive office");

    public static async Task<Results<FileStreamHttpResult, FileContentHttpResult, ProblemHttpResult>> ServeAsync(
        ArchivesServices services, IDocumentStore store, IPdfRenderer renderer, ArchiveDocument document, DocumentVersion version,
        ILoggerFactory logs, CancellationToken cancellationToken)
    {
        string? html;
        try
        {
            html = await WatermarkedRendition.RenderAsync(services, store, document, version, orNothing: true, cancellationToken);
        }
        catch (DocumentContentCorruptedException corrupted)
        {
            return DocumentsApi.ContentFailed(corrupted, document, version.Number, logs);
        }
        if (html is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: Unavailable.ToString(), detail: $"{document.Id} v{version.Number}",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = "document.watermark_unavailable",
                    ["view"] = $"/api/archives/estates/{document.EstateId}/documents/{document.Id}/view",
                });
        }
        var pdf = await renderer.RenderAsync(html, cancellationToken);
        await DocumentAccess.RecordReadAsync(services, document, AuditActions.DocumentDownloaded,
            $"watermarked download v{version.Number} {version.Sha256}", cancellationToken);
        return TypedResults.File(pdf, "application/pdf", $"{Path.GetFileNameWithoutExtension(version.FileName)}-水印.pdf");
    }
}
