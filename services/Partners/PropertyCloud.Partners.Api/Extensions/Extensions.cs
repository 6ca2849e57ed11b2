using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Broker;
using PropertyCloud.Partners.Api.Consumers;
using PropertyCloud.Partners.Api.Demo;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Exports;
using PropertyCloud.Partners.Api.Feed;
using PropertyCloud.Partners.Api.Infrastructure;
using PropertyCloud.Partners.Api.Security;
using PropertyCloud.Partners.Contracts;

namespace PropertyCloud.Partners.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PartnersPolicies.ManagePartners, policy => policy.RequireRole(Roles.GroupAdmin))
            .AddPolicy(PartnersPolicies.ReadFeed, policy => policy.RequireRole(PartnersPolicies.FeedReaders));

        builder.Services.Configure<DeliveryOptions>(builder.Configuration.GetSection("Partners:Delivery"));
        builder.Services.Configure<DeliveryExportOptions>(builder.Configuration.GetSection("Partners:DeliveryExport"));
        builder.Services.AddSingleton<AmqpPublisher>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddOptions<SecretProtectionOptions>().BindConfiguration(SecretProtectionOptions.Section)
            .Validate(o => AesGcmSecretProtector.IsKey(o.Key) && o.RetiredKeys.All(AesGcmSecretProtector.IsKey),
                $"{SecretProtectionOptions.Section}:Key must be 32 random bytes in base64 (openssl rand -base64 32).")
            .ValidateOnStart();
        builder.Services.AddSingleton<ISecretProtector, AesGcmSecretProtector>();
        builder.Services.Configure<BrokerOptions>(builder.Configuration.GetSection("Partners:Broker"));
        builder.Services.AddHttpClient(RabbitMqManagementClient.HttpClientName);
        builder.Services.AddSingleton<RabbitMqManagementClient>();

        var endpointPrefix = builder.Configuration["EventBus:EndpointPrefix"] ?? "partners";
        builder.AddServiceDatabase<PartnersDb>("partnersdb");
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<PartnersDb>, DemoPartnerSeeder>();
        }
        builder.AddEventBus<PartnersDb>("partners", [typeof(PartnerRegistered).Assembly],
            bus => bus.AddPublicEventConsumers($"{endpointPrefix}-public-feed"));
        // After the database's migrator, which runs at start-up before these begin.
        builder.Services.AddHostedService<DeliveryDispatcher>();
        builder.Services.AddHostedService<PublicEventCleaner>();
        builder.Services.AddHostedService<BrokerAccountProvisioner>();
    }
}
