using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Quality.Api.EventStore;
using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.Projections;

namespace PropertyCloud.Quality.Api.Consumers;

/// <summary>Stores an event as it arrived and applies it to the read models, once, in one transaction.</summary>
public abstract class ProjectingConsumer<TEvent>(QualityDb db, TimeProvider clock) : IdempotentConsumer<TEvent, QualityDb>(db)
    where TEvent : class, IIntegrationEvent
{
    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        await ReadModelLock.ShareAsync(Db, cancellationToken);
        await ReadModelLock.EstateAsync(Db, message.EstateId, cancellationToken);
        Db.StoredEvents.Add(StoredEvent.Of(message, clock.GetUtcNow()));
        await QualityProjection.ApplyAsync(Db, message, cancellationToken);
    }
}
