using MassTransit;
using PropertyCloud.Partners.Api.Catalog;

namespace PropertyCloud.Partners.Api.Consumers;

/// <summary>Registers a <see cref="PublicEventConsumer{TEvent}"/> for every catalogued event, all on one queue.</summary>
internal static class PublicEventConsumers
{
    public static void AddPublicEventConsumers(this IBusRegistrationConfigurator bus, string queueName)
    {
        foreach (var type in PublicEventCatalog.All)
        {
            bus.AddConsumer(typeof(PublicEventConsumer<>).MakeGenericType(type.EventType))
                .Endpoint(endpoint => endpoint.Name = queueName);
        }
    }
}
