using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>The outbox relay's SQL: claiming a batch of due rows and recording how their publishes went, set-based.</summary>
internal static class OutboxBatch
{
    /// <summary>
    /// Locks up to <paramref name="size"/> due rows that no other relay holds and returns them in the order their events
    /// occurred. They are claimed by the pending index (due time), which stops after <paramref name="size"/> rows however
    /// long the backlog; ordering the whole backlog by <c>occurred_at</c> instead sorted every pending row for each batch.
    /// A row is due at its event's time until a publish fails, so the rows claimed are the oldest events, retried ones
    /// as soon as their back-off ends.
    /// </summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(DbContext db, DateTimeOffset now, int size, CancellationToken cancellationToken)
    {
        var due = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {size}
                FOR UPDATE SKIP LOCKED
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. due.OrderBy(m => m.OccurredAt)];
    }

    /// <summary>Marks the published rows sent in one statement, and the failed ones (already <see cref="OutboxMessage.MarkFailed"/>) in another.</summary>
    public static async Task RecordAsync(
        DbContext db, IReadOnlyCollection<Guid> sent, IReadOnlyCollection<OutboxMessage> failed, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (sent.Count > 0)
        {
            var ids = sent.ToArray();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE outbox_messages SET sent_at = {now}, last_error = NULL WHERE event_id = ANY({ids})", cancellationToken);
        }
        if (failed.Count > 0)
        {
            var ids = failed.Select(m => m.EventId).ToArray();
            var attempts = failed.Select(m => m.Attempts).ToArray();
            var errors = failed.Select(m => m.LastError ?? "").ToArray();
            var nextAttempts = failed.Select(m => m.NextAttemptAt).ToArray();
            await db.Database.ExecuteSqlAsync($"""
                UPDATE outbox_messages AS o
                SET attempts = f.attempts, last_error = f.last_error, next_attempt_at = f.next_attempt_at
                FROM unnest({ids}, {attempts}, {errors}, {nextAttempts}) AS f(event_id, attempts, last_error, next_attempt_at)
                WHERE o.event_id = f.event_id
                """, cancellationToken);
        }
    }
}
