using System.Reflection;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>MassTransit on RabbitMQ with our outbox relay and idempotent consumers.</summary>
public static class EventBusExtensions
{
    /// <summary>
    /// Connects to the broker named by connection string "rabbitmq", registers the consumers, gives every
    /// receive endpoint retries with back-off (then the <c>_error</c> queue), and relays
    /// <typeparamref name="TDbContext"/>'s outbox. Queue names are prefixed with <paramref name="serviceName"/>
    /// so two services never share a queue.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Assembly[] publishedContracts,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("Connection string 'rabbitmq' is missing.");
        var endpointPrefix = builder.Configuration["EventBus:EndpointPrefix"] ?? serviceName;
        // Replicated queues for a RabbitMQ cluster; classic queues are fine on a single node.
        var quorumQueues = builder.Configuration.GetValue<bool>("EventBus:QuorumQueues");

        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
        builder.Services.AddSingleton(IntegrationEventTypes.FromAssemblies(publishedContracts));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        builder.Services.AddHostedService<EventLogCleaner<TDbContext>>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(retry => retry.Exponential(
                    retryLimit: 5,
                    minInterval: TimeSpan.FromMilliseconds(200),
                    maxInterval: TimeSpan.FromSeconds(10),
                    intervalDelta: TimeSpan.FromMilliseconds(500)));
                if (quorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
