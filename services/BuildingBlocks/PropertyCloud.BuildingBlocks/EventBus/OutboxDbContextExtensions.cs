using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>Raising integration events: they are saved with the change, never published directly.</summary>
public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues <paramref name="integrationEvent"/> in the outbox; it is written by the same
    /// <c>SaveChanges</c> as the change and published by the relay after commit.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IIntegrationEvent integrationEvent) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
