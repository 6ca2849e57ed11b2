using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Demo;
using PropertyCloud.Residents.Api.Infrastructure;
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
            .AddPolicy(ResidentsPolicies.ManageEstates, policy => policy.RequireRole(Roles.GroupAdmin));

        builder.AddServiceDatabase<ResidentsDb>("residentsdb");
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<ResidentsDb>, DemoRegisterSeeder>();
        }
        builder.AddEventBus<ResidentsDb>("residents", [typeof(UnitRegistered).Assembly]);
    }
}
