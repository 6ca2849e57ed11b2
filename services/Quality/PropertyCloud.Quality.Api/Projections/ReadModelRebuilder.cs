using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Quality.Api.EventStore;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Projections;

/// <summary>
/// Throws the read models away and builds them again from the stored events, in the order they were stored, in one
/// transaction: readers see the old figures until the new ones commit.
/// </summary>
public sealed class ReadModelRebuilder(QualityDb db, ConsumedEventTypes types)
{
    public const int BatchSize = 2000;

    public const string ReadModelTables =
        "estates, repair_orders, complaints, bills, payments, payment_allocations, survey_results, survey_category_results, " +
        "corrective_actions, reopenings";

    public async Task<RebuildResult> RebuildAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var strategy = db.Database.CreateExecutionStrategy();
        var replayed = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ReadModelLock.TakeAsync(db, cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"TRUNCATE {ReadModelTables}", cancellationToken);
            var count = 0L;
            var position = 0L;
            while (true)
            {
                var batch = await db.StoredEvents.AsNoTracking()
                    .Where(e => e.Position > position).OrderBy(e => e.Position).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }
                var events = batch.Select(types.Read).ToList();
                await ReplayPreloader.LoadAsync(db, events, cancellationToken);
                // Looking rows up in the change tracker would detect changes over the whole batch for every event.
                db.ReplayRowsPreloaded = true;
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                try
                {
                    foreach (var integrationEvent in events)
                    {
                        await QualityProjection.ApplyAsync(db, integrationEvent, cancellationToken);
                    }
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync(cancellationToken);
                }
                finally
                {
                    db.ReplayRowsPreloaded = false;
                    db.ChangeTracker.AutoDetectChangesEnabled = true;
                }
                db.ChangeTracker.Clear();
                position = batch[^1].Position;
                count += batch.Count;
            }
            await transaction.CommitAsync(cancellationToken);
            return count;
        });
        return new RebuildResult(replayed, Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3));
    }
}
