using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis.Viewing;

/// <summary>
/// The watermarked page of one version of a document for the current reader: an image inline, or the text extracted
/// from a PDF or Office file. What a borrower views and what a borrower downloads are both this page.
/// </summary>
internal static class WatermarkedRendition
{
    /// <summary>
    /// The page, or null when it would show nothing of the content (a scan, a TIFF, an old binary Office file, an
    /// earlier version whose text is no longer indexed) and <paramref name="orNothing"/> is set.
    /// </summary>
    /// <exception cref="DocumentContentCorruptedException">The stored image failed verification.</exception>
    public static async Task<string?> RenderAsync(ArchivesServices services, IDocumentStore store, ArchiveDocument document,
        DocumentVersion version, bool orNothing, CancellationToken cancellationToken)
    {
        byte[]? image = null;
        string? text = null;
        if (IsInlineImage(version))
        {
            await using var content = await store.OpenVerifiedAsync(version.Sha256, cancellationToken);
            await using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            image = copy.ToArray();
        }
        else if (version.Number == document.CurrentVersion)
        {
            // The index holds the text of the current version only.
            text = await services.Db.DocumentSearch.Where(e => e.DocumentId == document.Id && e.HasContentText)
                .Select(e => e.SearchText).FirstOrDefaultAsync(cancellationToken);
        }
        if (orNothing && image is null && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return WatermarkedView.Render(document.Title, WatermarkFor(services), version.ContentType, image, text);
    }

    /// <summary>The reader's name and user id and the China Standard Time, e.g. "张三 (u-1) · 2026-11-27 08:05 · 仅供查阅 不得复制".</summary>
    public static string WatermarkFor(ArchivesServices services) =>
        $"{services.User.Name} ({services.User.Id}) · {EstateCalendar.Local(services.Clock.GetUtcNow()).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} · 仅供查阅 不得复制";

    private static bool IsInlineImage(DocumentVersion version) =>
        version.ContentType.StartsWith("image/", StringComparison.Ordinal) && version.ContentType != "image/tiff"
            && version.Length <= WatermarkedView.MaxInlineImageBytes;
}
