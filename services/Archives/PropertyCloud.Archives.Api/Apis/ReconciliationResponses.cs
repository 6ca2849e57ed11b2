using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain.Reconciliation;
using PropertyCloud.Archives.Api.Infrastructure;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Reconciliations as the clerk reads them: with their file's number and their open missing items counted.</summary>
internal static class ReconciliationResponses
{
    public static async Task<IReadOnlyList<ReconciliationResponse>> DescribeAsync(
        ArchivesDb db, IReadOnlyList<FileReconciliation> reconciliations, CancellationToken cancellationToken)
    {
        var fileIds = reconciliations.Select(r => r.FileId).Distinct().ToList();
        var reconciliationIds = reconciliations.Select(r => r.Id).ToList();
        var numbers = await db.CustomerFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .Select(f => new { f.Id, f.FileNumber }).ToDictionaryAsync(f => f.Id, f => f.FileNumber, cancellationToken);
        if (numbers.Count < fileIds.Count)
        {
            foreach (var file in await db.ArchiveFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
                .Select(f => new { f.Id, f.FileNumber }).ToListAsync(cancellationToken))
            {
                numbers[file.Id] = file.FileNumber;
            }
        }
        var open = await db.MissingItems.AsNoTracking().Where(i => reconciliationIds.Contains(i.ReconciliationId) && i.ResolvedAt == null)
            .GroupBy(i => i.ReconciliationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. reconciliations.Select(r => ReconciliationResponse.From(r, numbers.GetValueOrDefault(r.FileId), open.GetValueOrDefault(r.Id)))];
    }

    public static async Task<ReconciliationResponse> DescribeAsync(ArchivesDb db, FileReconciliation reconciliation, CancellationToken cancellationToken) =>
        (await DescribeAsync(db, [reconciliation], cancellationToken))[0];
}
