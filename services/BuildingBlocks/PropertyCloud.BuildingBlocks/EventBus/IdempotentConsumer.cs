using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>
/// Applies an event at most once per consumer: the inbox row, the consumer's changes and any events it
/// raises commit in one transaction. A redelivery (same message id) finds the inbox row and does nothing;
/// two concurrent deliveries serialise on the inbox key and the second one skips.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TDbContext>(TDbContext db) : IConsumer<TEvent>
    where TEvent : class
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var eventId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TEvent).Name} arrived without a message id.");
        var consumer = GetType().Name;
        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
            var firstTime = await Db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (event_id, consumer, handled_at) VALUES ({eventId}, {consumer}, now()) ON CONFLICT DO NOTHING",
                context.CancellationToken) == 1;
            if (!firstTime)
            {
                return;
            }

            await HandleAsync(context.Message, context.CancellationToken);
            await Db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        });
    }

    /// <summary>Applies the event to the service's model; changes are saved by the caller.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
