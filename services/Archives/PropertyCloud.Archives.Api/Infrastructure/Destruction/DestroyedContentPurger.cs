using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Archives.Api.Infrastructure.Destruction;

/// <summary>
/// Removes the stored content of destroyed documents' versions, keeping the register entry and each version's hash.
/// Content is shared by hash, so bytes still used by a document that is not destroyed stay. A blob removed before its
/// row's commit fails is simply looked at again next round (deleting is idempotent).
/// </summary>
internal sealed class DestroyedContentPurger(
    IServiceScopeFactory scopeFactory, TimeProvider clock, IOptions<ArchivesOptions> options, IDocumentStore store, ILogger<DestroyedContentPurger> logger)
    : ClaimedBatchScanner<ArchivesDb>(scopeFactory, clock, logger)
{
    protected override TimeSpan Interval => options.Value.DestroyedContentPurgeInterval;

    protected override int BatchSize => 100;

    protected override Task<int> ClaimBatchAsync(ArchivesDb db, DateTimeOffset now, CancellationToken cancellationToken) =>
        PurgeAsync(db, store, now, BatchSize, cancellationToken);

    public static async Task<int> PurgeAsync(ArchivesDb db, IDocumentStore store, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var versions = await db.DocumentVersions.FromSql($"""
            SELECT v.* FROM document_versions v JOIN documents d ON d.id = v.document_id
            WHERE d.destroyed_at IS NOT NULL AND v.content_purged_at IS NULL
            ORDER BY d.destroyed_at
            LIMIT {batchSize}
            FOR UPDATE OF v SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var stillUsed = await db.DocumentVersions.AnyAsync(other => other.Sha256 == version.Sha256
                && db.Documents.Any(d => d.Id == other.DocumentId && d.DestroyedAt == null), cancellationToken);
            if (!stillUsed)
            {
                await store.DeleteAsync(version.Sha256, cancellationToken);
            }
            version.MarkContentPurged(now);
        }
        return versions.Count;
    }
}
