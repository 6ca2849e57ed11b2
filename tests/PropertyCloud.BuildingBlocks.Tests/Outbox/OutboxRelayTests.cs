using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Testing;

namespace PropertyCloud.BuildingBlocks.Tests.Outbox;

/// <summary>The relay's guarantees against a real PostgreSQL and RabbitMQ: nothing lost, nothing sent twice at once, failures retried.</summary>
public sealed class OutboxRelayTests(OutboxRelayFixture outbox) : IClassFixture<OutboxRelayFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => outbox.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RelayBatch_WhenRowsAreDue_PublishesEachInOccurrenceOrderAndMarksItSent()
    {
        var now = outbox.Clock.GetUtcNow();
        // Raised out of order: the batch goes out by OccurredAt, not by the order the rows were written.
        var events = await outbox.RaiseAsync(
            outbox.Parcel(3, now.AddSeconds(-10)), outbox.Parcel(1, now.AddSeconds(-30)), outbox.Parcel(2, now.AddSeconds(-20)));

        Assert.Equal(3, await outbox.Relay().RelayBatchAsync(CancellationToken.None));

        await Eventually.TrueAsync(() => Task.FromResult(outbox.Received.Count == 3));
        Assert.Equal([1, 2, 3], outbox.Received.Select(r => r.Message.Number));
        Assert.All(outbox.Received, r => Assert.Equal(r.Message.EventId, r.MessageId));
        foreach (var sent in events)
        {
            var row = await outbox.RowAsync(sent.EventId);
            Assert.Equal(now, row.SentAt);
            Assert.Null(row.LastError);
            Assert.Equal(0, row.Attempts);
        }
    }

    [Fact]
    public async Task RelayBatch_WhenOnePublishFails_MarksOnlyThatRowFailedAndSendsTheOthers()
    {
        var now = outbox.Clock.GetUtcNow();
        var good = await outbox.RaiseAsync(outbox.Parcel(1, now.AddSeconds(-3)), outbox.Parcel(3, now.AddSeconds(-1)));
        var unknown = (await outbox.RaiseAsync(new ParcelReturned { EventId = Guid.CreateVersion7(), OccurredAt = now.AddSeconds(-2), EstateId = Guid.NewGuid() }))[0];

        Assert.Equal(3, await outbox.Relay().RelayBatchAsync(CancellationToken.None));

        var failed = await outbox.RowAsync(unknown.EventId);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("Unknown integration event type", failed.LastError);
        Assert.Equal(now.AddMilliseconds(250), failed.NextAttemptAt);
        foreach (var sent in good)
        {
            Assert.Equal(now, (await outbox.RowAsync(sent.EventId)).SentAt);
        }
        await Eventually.TrueAsync(() => Task.FromResult(outbox.Received.Count == 2));
        Assert.Equal([1, 3], outbox.Received.Select(r => r.Message.Number));
    }

    [Fact]
    public async Task RelayBatch_WhenAFailedRowComesDueAgain_RetriesItWithGrowingBackoffUntilItIsSent()
    {
        var parcel = (await outbox.RaiseAsync(outbox.Parcel(7, outbox.Clock.GetUtcNow())))[0];
        var failing = outbox.Relay(knows: typeof(ParcelReturned));

        Assert.Equal(1, await failing.RelayBatchAsync(CancellationToken.None));
        Assert.Equal(0, await failing.RelayBatchAsync(CancellationToken.None)); // backing off: not due yet
        outbox.Clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(1, await failing.RelayBatchAsync(CancellationToken.None));
        var row = await outbox.RowAsync(parcel.EventId);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(outbox.Clock.GetUtcNow().AddMilliseconds(500), row.NextAttemptAt);

        outbox.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(1, await outbox.Relay().RelayBatchAsync(CancellationToken.None));

        row = await outbox.RowAsync(parcel.EventId);
        Assert.NotNull(row.SentAt);
        Assert.Null(row.LastError);
        await Eventually.TrueAsync(() => Task.FromResult(outbox.Received.Count == 1));
        Assert.Equal(parcel.EventId, outbox.Received.Single().MessageId);
    }

    [Fact]
    public async Task RelayBatch_WhenMoreRowsAreDueThanOneBatch_ClaimsTheOldestBatchOnly()
    {
        var now = outbox.Clock.GetUtcNow();
        var events = await outbox.RaiseAsync(Enumerable.Range(1, 5).Select(n => outbox.Parcel(n, now.AddSeconds(n - 10))).ToArray());

        Assert.Equal(2, await outbox.Relay(batchSize: 2).RelayBatchAsync(CancellationToken.None));

        var sent = new List<int>();
        foreach (var parcel in events)
        {
            if ((await outbox.RowAsync(parcel.EventId)).SentAt is not null)
            {
                sent.Add(parcel.Number);
            }
        }
        Assert.Equal([1, 2], sent);
    }

    [Fact]
    public async Task RelayBatch_WhenAnotherRelayHoldsRows_SkipsThemUntilTheyAreReleased()
    {
        var now = outbox.Clock.GetUtcNow();
        var events = await outbox.RaiseAsync(outbox.Parcel(1, now.AddSeconds(-3)), outbox.Parcel(2, now.AddSeconds(-2)), outbox.Parcel(3, now.AddSeconds(-1)));
        await using var other = new NpgsqlConnection(outbox.Database.ConnectionString);
        await other.OpenAsync();
        await using (var hold = await other.BeginTransactionAsync())
        {
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM outbox_messages WHERE event_id = @id FOR UPDATE", other, hold))
            {
                lockRow.Parameters.AddWithValue("id", events[0].EventId);
                await lockRow.ExecuteNonQueryAsync();
            }

            Assert.Equal(2, await outbox.Relay().RelayBatchAsync(CancellationToken.None));
            Assert.Null((await outbox.RowAsync(events[0].EventId)).SentAt);
            await hold.RollbackAsync();
        }

        Assert.Equal(1, await outbox.Relay().RelayBatchAsync(CancellationToken.None));
        Assert.NotNull((await outbox.RowAsync(events[0].EventId)).SentAt);
    }

    [Fact]
    public async Task RelayBatch_WhenThreeRelaysDrainOneBacklog_SendsEveryRowExactlyOnce()
    {
        var now = outbox.Clock.GetUtcNow();
        var events = await outbox.RaiseAsync(Enumerable.Range(1, 300).Select(n => outbox.Parcel(n, now.AddMilliseconds(n - 1000))).ToArray());

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var relay = outbox.Relay(batchSize: 25);
            while (await relay.RelayBatchAsync(CancellationToken.None) > 0)
            {
            }
        })));

        Assert.Equal(0, await outbox.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
        await Eventually.TrueAsync(() => Task.FromResult(outbox.Received.Count >= events.Length));
        await Task.Delay(500); // a duplicate would arrive right behind the rest
        Assert.Equal(events.Length, outbox.Received.Count);
        Assert.Equal(events.Select(e => e.EventId).Order(), outbox.Received.Select(r => r.MessageId!.Value).Order());
    }
}
