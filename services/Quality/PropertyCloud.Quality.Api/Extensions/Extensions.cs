using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Consumers;
using PropertyCloud.Quality.Api.EventStore;
using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.Infrastructure.Photos;
using PropertyCloud.Quality.Api.Projections;
using PropertyCloud.Quality.Api.Reports;

namespace PropertyCloud.Quality.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(QualityPolicies.ReadFigures, policy => policy.RequireRole(QualityPolicies.Readers))
            .AddPolicy(QualityPolicies.Supervise, policy => policy.RequireRole(Roles.GroupWide))
            .AddPolicy(QualityPolicies.Rectify, policy => policy.RequireRole(Roles.EstateManager));

        builder.Services.AddSingleton(new ConsumedEventTypes(QualityProjection.EventTypes));
        builder.Services.AddScoped<ReadModelRebuilder>();
        builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection("Quality:Reports"));
        builder.Services.AddScoped<MonthlyReportGenerator>();
        builder.Services.AddHostedService<MonthlyReportJob>();
        builder.Services.AddScoped<IPhotoStore, DatabasePhotoStore>();

        builder.AddServiceDatabase<QualityDb>("qualitydb");
        builder.AddPdfRendering();
        // Quality publishes nothing: its outbox stays empty.
        builder.AddEventBus<QualityDb>("quality", [], bus =>
        {
            bus.AddConsumer<EstateRegisteredConsumer>();
            bus.AddConsumer<RepairOrderOpenedConsumer>();
            bus.AddConsumer<RepairOrderDispatchedConsumer>();
            bus.AddConsumer<RepairOrderCompletedConsumer>();
            bus.AddConsumer<RepairOrderClosedConsumer>();
            bus.AddConsumer<SlaBreachedConsumer>();
            bus.AddConsumer<ComplaintReceivedConsumer>();
            bus.AddConsumer<ComplaintEscalatedConsumer>();
            bus.AddConsumer<ComplaintClosedConsumer>();
            bus.AddConsumer<ComplaintRespondedConsumer>();
            bus.AddConsumer<ComplaintReopenedConsumer>();
            bus.AddConsumer<RepairOrderReopenedConsumer>();
            bus.AddConsumer<BillIssuedConsumer>();
            bus.AddConsumer<PaymentReceivedConsumer>();
            bus.AddConsumer<PaymentRefundedConsumer>();
            bus.AddConsumer<SurveyCampaignClosedConsumer>();
            bus.AddConsumer<CorrectiveActionOpenedConsumer>();
            bus.AddConsumer<CorrectiveActionOverdueConsumer>();
            bus.AddConsumer<CorrectiveActionVerifiedConsumer>();
        });
    }
}
