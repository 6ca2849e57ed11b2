using System.Diagnostics;
using Npgsql;

namespace PropertyCloud.Platform.Benchmark;

/// <summary>
/// Outbox relay throughput: commits a backlog of N outbox rows at once (copies of UnitRegistered events already
/// sent, with fresh ids, so consumers see duplicates and their inbox drops them cheaply) and times until the
/// running Residents service has published and marked every one of them.
/// </summary>
internal static class RelayThroughput
{
    public static async Task<int> RunAsync(string residentsDb, int events)
    {
        await using var connection = new NpgsqlConnection(residentsDb);
        await connection.OpenAsync();
        var batch = Guid.NewGuid();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO outbox_messages (event_id, event_type, payload, estate_id, occurred_at, sent_at, attempts, next_attempt_at)
            SELECT gen_random_uuid(), m.event_type, m.payload, @batch, now(), NULL, 0, now()
            FROM generate_series(1, @n) g
            CROSS JOIN LATERAL (SELECT event_type, payload FROM outbox_messages
                                WHERE event_type LIKE '%.UnitRegistered' AND sent_at IS NOT NULL LIMIT 1) m
            """, connection))
        {
            insert.Parameters.AddWithValue("batch", batch);
            insert.Parameters.AddWithValue("n", events);
            var inserted = await insert.ExecuteNonQueryAsync();
            if (inserted != events)
            {
                throw new InvalidOperationException($"inserted {inserted} outbox rows, not {events} (no sent UnitRegistered row to copy?)");
            }
        }
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            await using var pending = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE estate_id = @batch AND sent_at IS NULL", connection);
            pending.Parameters.AddWithValue("batch", batch);
            if ((long)(await pending.ExecuteScalarAsync())! == 0)
            {
                break;
            }
            await Task.Delay(200);
        }
        await using var span = new NpgsqlCommand(
            "SELECT count(*), extract(epoch FROM max(sent_at) - min(occurred_at)) FROM outbox_messages WHERE estate_id = @batch AND sent_at IS NOT NULL",
            connection);
        span.Parameters.AddWithValue("batch", batch);
        await using var reader = await span.ExecuteReaderAsync();
        await reader.ReadAsync();
        var sent = reader.GetInt64(0);
        var seconds = reader.IsDBNull(1) ? double.NaN : (double)reader.GetDecimal(1);
        Console.WriteLine($"result: relay {events} {sent} {seconds:F2} {sent / seconds:F0}");
        Console.WriteLine($"outbox relay: backlog of {events:N0} events, {sent:N0} published in {seconds:F2} s ({sent / seconds:N0} events/s)");
        return sent == events ? 0 : 1;
    }
}
