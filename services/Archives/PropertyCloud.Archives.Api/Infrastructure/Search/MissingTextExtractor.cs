using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Archives.Api.Apis.Printing;
using PropertyCloud.Archives.Api.Domain.Search;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure.Search;

/// <summary>
/// Extracts the text of documents filed before extraction existed (search entries never extracted), so full-text
/// search finds them and not only their title. Each is tried once: the entry is marked whatever happens, a failure
/// (content missing, corrupted or unreadable, document destroyed) recorded on it rather than retried every round.
/// </summary>
internal sealed class MissingTextExtractor(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<ArchivesOptions> options, IDocumentStore store, ILogger<MissingTextExtractor> logger)
    : ClaimedBatchScanner<ArchivesDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.TextExtractionInterval;

    // Extraction reads whole files (up to 50 MB each) while the batch's rows stay locked: keep batches short.
    protected override int BatchSize => 10;

    protected override Task<int> ClaimBatchAsync(ArchivesDb db, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExtractAsync(db, store, now, BatchSize, logger, cancellationToken);

    public static async Task<int> ExtractAsync(ArchivesDb db, IDocumentStore store, DateTimeOffset now, int batchSize, ILogger logger,
        CancellationToken cancellationToken)
    {
        var entries = await db.DocumentSearch.FromSql($"""
            SELECT * FROM document_search WHERE text_extracted_at IS NULL
            ORDER BY document_id
            LIMIT {batchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var document = await db.Documents.AsNoTracking().Include(d => d.Versions).FirstAsync(d => d.Id == entry.DocumentId, cancellationToken);
            var version = document.Versions.First(v => v.Number == document.CurrentVersion);
            if (document.DestroyedAt is not null || version.ContentPurgedAt is not null)
            {
                entry.RecordExtractionFailed("document destroyed", now);
                continue;
            }
            if (!TextExtractor.Reads(version.ContentType))
            {
                entry.Update(document, CategoryLabels.Chinese(document.Category), "", now);
                continue;
            }
            try
            {
                await using var content = await store.OpenVerifiedAsync(version.Sha256, cancellationToken);
                await using var copy = new MemoryStream();
                await content.CopyToAsync(copy, cancellationToken);
                copy.Position = 0;
                var (text, failure) = TextExtractor.TryExtract(copy, version.ContentType);
                if (failure is null)
                {
                    entry.Update(document, CategoryLabels.Chinese(document.Category), text, now);
                }
                else
                {
                    entry.RecordExtractionFailed(failure, now);
                }
            }
            catch (Exception unreadable) when (unreadable is not OperationCanceledException)
            {
                logger.LogWarning(unreadable, "No text could be extracted from document {DocumentId} v{Version}", document.Id, version.Number);
                entry.RecordExtractionFailed(unreadable is DocumentContentCorruptedException
                    ? "content failed verification" : $"{unreadable.GetType().Name}: {unreadable.Message}", now);
            }
        }
        return entries.Count;
    }
}
