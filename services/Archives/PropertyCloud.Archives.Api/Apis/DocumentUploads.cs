using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Apis.Printing;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Search;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Search;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Checks an uploaded file (size, extension, content type, leading bytes) and stores it.</summary>
internal static class DocumentUploads
{
    public static ProblemHttpResult? RefuseIfTooLarge(IFormFile file, long maxBytes)
    {
        if (file.Length <= maxBytes)
        {
            return null;
        }
        var megabytes = maxBytes / (1024 * 1024);
        var text = new LocalizedText($"文件超过 {megabytes} MB 上限", $"The file is larger than the {megabytes} MB limit");
        return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: text.ToString(), detail: text.ToString(),
            extensions: new Dictionary<string, object?> { ["code"] = "document.too_large", ["errors"] = new Dictionary<string, string[]> { ["file"] = [text.ToString()] } });
    }

    public static async Task<StoredContent> StoreAsync(IFormFile file, IDocumentStore store, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(file.FileName);
        fileName = fileName.Length > 255 ? fileName[^255..] : fileName;
        var header = new byte[DocumentFormats.HeaderLength];
        int read;
        await using (var peek = file.OpenReadStream())
        {
            read = await peek.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        }
        var format = DocumentFormats.Recognise(fileName, file.ContentType, header.AsSpan(0, read));
        await using var content = file.OpenReadStream();
        var (sha256, length) = await store.SaveAsync(content, cancellationToken);
        return new StoredContent(sha256, length, fileName, format.ContentTypes[0]);
    }

    /// <summary>Extracts the upload's text and puts it, with the document's metadata, into the search index (same SaveChanges).</summary>
    public static async Task IndexAsync(ArchivesDb db, ArchiveDocument document, IFormFile file, string contentType, ILogger logger,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        string text;
        await using (var content = file.OpenReadStream())
        {
            if (content.CanSeek)
            {
                text = TextExtractor.Extract(content, contentType, logger);
            }
            else
            {
                await using var copy = new MemoryStream();
                await content.CopyToAsync(copy, cancellationToken);
                copy.Position = 0;
                text = TextExtractor.Extract(copy, contentType, logger);
            }
        }
        var label = CategoryLabels.Chinese(document.Category);
        var entry = await db.DocumentSearch.FirstOrDefaultAsync(e => e.DocumentId == document.Id, cancellationToken);
        if (entry is null)
        {
            db.DocumentSearch.Add(DocumentSearchEntry.For(document, label, text, now));
        }
        else
        {
            entry.Update(document, label, text, now);
        }
    }

    /// <summary>Writes <see cref="DocumentFiled"/> to the outbox (same SaveChanges as the document).</summary>
    public static void RaiseFiled(ArchivesDb db, ArchiveDocument document, Guid? unitId, string fileKind) =>
        db.AddIntegrationEvent(new DocumentFiled
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = document.FiledAt,
            EstateId = document.EstateId,
            DocumentId = document.Id,
            FileId = document.FileId,
            UnitId = unitId,
            FileKind = fileKind,
            Category = document.Category.ToString(),
            Level = document.Level.ToString(),
        });
}
