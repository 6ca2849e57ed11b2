using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Partners.Api.Catalog;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Infrastructure;

namespace PropertyCloud.Partners.Api.Consumers;

/// <summary>
/// Records an internal event as a public one and schedules its delivery to every partner granted its type and
/// estate, in the inbox's transaction: a redelivered event finds the inbox row and schedules nothing again.
/// One generic consumer serves every catalogued event, since the mapping is data (<see cref="PublicEventCatalog"/>).
/// </summary>
public sealed class PublicEventConsumer<TEvent>(PartnersDb db, TimeProvider clock) : IdempotentConsumer<TEvent, PartnersDb>(db)
    where TEvent : class, IIntegrationEvent
{
    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        // Redelivered after the inbox forgot it (30 days) but while the event is still kept: already published.
        if (await Db.PublicEvents.AnyAsync(e => e.EventId == message.EventId, cancellationToken))
        {
            return;
        }
        var type = PublicEventCatalog.Of(typeof(TEvent));
        var now = clock.GetUtcNow();
        var publicEvent = PublicEvent.Record(message.EventId, type.Name, type.Source, type.SubjectOf(message), message.EstateId,
            message.OccurredAt, PublicPayload.Minimised(message, type).ToJsonString(), PublicPayload.Full(message).ToJsonString(), now);
        Db.PublicEvents.Add(publicEvent);

        var partners = await Db.Partners
            .Where(p => p.GrantedTypes.Contains(type.Name) && (p.AllEstates || p.GrantedEstates.Contains(message.EstateId)))
            .ToListAsync(cancellationToken);
        foreach (var partner in partners)
        {
            foreach (var channel in partner.Channels())
            {
                Db.Deliveries.Add(Delivery.Schedule(partner.Id, publicEvent, channel, now));
            }
        }
    }
}
