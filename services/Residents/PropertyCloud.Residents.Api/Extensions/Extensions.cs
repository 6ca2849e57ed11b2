using Microsoft.AspNetCore.DataProtection;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Demo;
using PropertyCloud.Residents.Api.Import;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ResidentsPolicies.ReadRegister, policy => policy.RequireRole([.. Roles.GroupWide, .. Roles.EstateStaff]))
            .AddPolicy(ResidentsPolicies.EditRegister, policy => policy.RequireRole(Roles.GroupAdmin, Roles.EstateManager, Roles.FrontDesk))
            .AddPolicy(ResidentsPolicies.ManageEstates, policy => policy.RequireRole(Roles.GroupAdmin))
            .AddPolicy(ResidentsPolicies.ReadPeople, policy => policy.RequireRole(
                Roles.GroupAdmin, Roles.EstateManager, Roles.FrontDesk, Roles.Archivist, Roles.Finance, Roles.Maintenance))
            .AddPolicy(ResidentsPolicies.EditPeople, policy => policy.RequireRole(Roles.EstateManager, Roles.FrontDesk))
            .AddPolicy(ResidentsPolicies.RevealPersonalData, policy => policy.RequireRole([.. RevealRules.Roles]))
            .AddPolicy(ResidentsPolicies.RevealPlateNumber, policy => policy.RequireRole(Roles.EstateManager, Roles.FrontDesk))
            .AddPolicy(ResidentsPolicies.ReadDisclosures, policy => policy.RequireRole(Roles.EstateManager, Roles.GroupAdmin))
            .AddPolicy(ResidentsPolicies.SelfService, policy => policy.RequireRole(Roles.Owner, Roles.Tenant));

        builder.AddServiceDatabase<ResidentsDb>("residentsdb");
        builder.Services.AddDataProtection()
            .SetApplicationName("PropertyCloud.Residents")
            .PersistKeysToDbContext<ResidentsDb>();
        builder.Services.AddSingleton<IdNumberProtector>();
        builder.Services.AddScoped<RegisterImportRunner>();
        builder.Services.AddScoped<RegisterExport>();
        builder.Services.AddHostedService<ImportWorker>();
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<ResidentsDb>, DemoRegisterSeeder>();
            builder.Services.AddScoped<IDatabaseSeeder<ResidentsDb>, DemoOwnersSeeder>();
            builder.Services.AddScoped<IDatabaseSeeder<ResidentsDb>, DemoParkingSeeder>();
        }
        builder.AddEventBus<ResidentsDb>("residents", [typeof(UnitRegistered).Assembly]);
    }
}
