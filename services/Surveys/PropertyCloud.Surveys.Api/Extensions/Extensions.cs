using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Consumers;
using PropertyCloud.Surveys.Api.Demo;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SurveysPolicies.ReadTemplates, policy => policy.RequireRole([.. Roles.GroupWide, .. Roles.EstateStaff]))
            .AddPolicy(SurveysPolicies.ManageCampaigns, policy => policy.RequireRole(Roles.GroupWide))
            .AddPolicy(SurveysPolicies.Fieldwork, policy => policy.RequireRole(Roles.Quality, Roles.GroupAdmin, Roles.EstateManager, Roles.Surveyor))
            .AddPolicy(SurveysPolicies.ReadResults, policy => policy.RequireRole(Roles.Quality, Roles.GroupAdmin, Roles.EstateManager))
            .AddPolicy(SurveysPolicies.VerifyActions, policy => policy.RequireRole(Roles.GroupWide))
            .AddPolicy(SurveysPolicies.SelfService, policy => policy.RequireRole(Roles.Owner, Roles.Tenant));

        builder.AddServiceDatabase<SurveysDb>("surveysdb");
        builder.AddPdfRendering();
        builder.Services.AddScoped<IDatabaseSeeder<SurveysDb>, StandardTemplateSeeder>();
        builder.Services.AddScoped<CampaignFigures>();
        builder.Services.Configure<OverdueActionsOptions>(builder.Configuration.GetSection("Surveys:Overdue"));
        builder.Services.AddHostedService<OverdueActionsScanner>();
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddSingleton<DemoCampaignSeeder>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoCampaignSeeder>());
        }
        builder.AddEventBus<SurveysDb>("surveys", [typeof(SurveyResponseRecorded).Assembly], bus =>
        {
            bus.AddConsumer<EstateRegisteredConsumer>();
            bus.AddConsumer<UnitRegisteredConsumer>();
            bus.AddConsumer<UnitUsageChangedConsumer>();
            bus.AddConsumer<OwnerRegisteredConsumer>();
            bus.AddConsumer<OwnershipTransferredConsumer>();
            bus.AddConsumer<JointOwnerAddedConsumer>();
            bus.AddConsumer<TenantLeaseStartedConsumer>();
            bus.AddConsumer<TenantLeaseEndedConsumer>();
            bus.AddConsumer<ResidentAccountLinkedConsumer>();
        });
    }
}
