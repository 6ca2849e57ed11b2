using MassTransit;

namespace PropertyCloud.Identity.Api.Partners;

/// <summary>
/// Identity consumes PartnerRegistered but publishes nothing, so it needs the bus without an outbox (AddEventBus
/// relays an outbox, which IdentityDb does not have). Same retry policy and queue prefix as AddEventBus.
/// </summary>
internal static class PartnerEventsExtensions
{
    public static void AddPartnerClientEvents(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq");
        if (connectionString is null)
        {
            return; // no broker configured (Identity's own functional tests): partner clients are then not created
        }
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(builder.Configuration["EventBus:EndpointPrefix"] ?? "identity", includeNamespace: false));
            bus.AddConsumer<PartnerRegisteredConsumer>();
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(retry => retry.Exponential(
                5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500))));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
    }
}
