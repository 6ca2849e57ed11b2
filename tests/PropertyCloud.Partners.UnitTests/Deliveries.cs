using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.UnitTests;

internal static class Deliveries
{
    public static PublicEvent Event(string data = "{}") => PublicEvent.Record(Guid.NewGuid(), "cn.propertycloud.repairs.order.completed.v1",
        new Uri("/propertycloud/repairs", UriKind.Relative), "repair-orders/1", Guid.NewGuid(), DateTimeOffset.UtcNow, data, data, DateTimeOffset.UtcNow);

    public static Delivery New() => Delivery.Schedule(Guid.NewGuid(), Event(), DeliveryChannel.Webhook, DateTimeOffset.UtcNow);
}
