using Npgsql;
using NpgsqlTypes;
using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>
/// Writes many integration events to the outbox with one binary COPY, for set-based operations (bill runs,
/// imports) where adding 100,000 entities to a DbContext would be too slow. Call it on the connection and
/// inside the transaction of the change itself, exactly like <see cref="OutboxDbContextExtensions.AddIntegrationEvent"/>.
/// </summary>
public static class OutboxBulkWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY outbox_messages (event_id, event_type, payload, estate_id, occurred_at, attempts, next_attempt_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var message in events.Select(OutboxMessage.From))
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(message.EventId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(message.EventType, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(message.Payload, NpgsqlDbType.Jsonb, cancellationToken);
            await copy.WriteAsync(message.EstateId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(message.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(message.Attempts, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(message.NextAttemptAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }
}
