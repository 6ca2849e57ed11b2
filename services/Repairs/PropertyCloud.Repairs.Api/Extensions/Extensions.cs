using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Consumers;
using PropertyCloud.Repairs.Api.Demo;
using PropertyCloud.Repairs.Api.Exports;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Repairs.Api.Sla;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Repairs.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(RepairsPolicies.ReadOrders, policy => policy.RequireRole(
                [.. Roles.GroupWide, Roles.EstateManager, Roles.FrontDesk, Roles.Maintenance, Roles.Owner, Roles.Tenant]))
            .AddPolicy(RepairsPolicies.OpenOrders, policy => policy.RequireRole(Roles.EstateManager, Roles.FrontDesk, Roles.Owner, Roles.Tenant))
            .AddPolicy(RepairsPolicies.DispatchOrders, policy => policy.RequireRole(Roles.EstateManager, Roles.FrontDesk))
            .AddPolicy(RepairsPolicies.WorkOnOrders, policy => policy.RequireRole(Roles.Maintenance))
            .AddPolicy(RepairsPolicies.ReadDashboards, policy => policy.RequireRole([.. Roles.GroupWide, Roles.EstateManager, Roles.FrontDesk]))
            .AddPolicy(RepairsPolicies.PauseSla, policy => policy.RequireRole(Roles.EstateManager, Roles.FrontDesk, Roles.Maintenance))
            .AddPolicy(RepairsPolicies.ReadSla, policy => policy.RequireRole(
                [.. Roles.GroupWide, Roles.EstateManager, Roles.FrontDesk, Roles.Maintenance]))
            .AddPolicy(RepairsPolicies.ManageSla, policy => policy.RequireRole(Roles.EstateManager))
            .AddPolicy(RepairsPolicies.ReadComplaints, policy => policy.RequireRole([.. Roles.GroupWide, Roles.EstateManager, Roles.FrontDesk]))
            .AddPolicy(RepairsPolicies.HandleComplaints, policy => policy.RequireRole(Roles.EstateManager, Roles.FrontDesk))
            .AddPolicy(RepairsPolicies.LodgeComplaints, policy => policy.RequireRole(Roles.Owner, Roles.Tenant))
            .AddPolicy(RepairsPolicies.ReadStock, policy => policy.RequireRole([.. Roles.GroupWide, Roles.EstateManager, Roles.Maintenance, Roles.Finance]))
            .AddPolicy(RepairsPolicies.ManageStock, policy => policy.RequireRole(Roles.EstateManager, Roles.Maintenance));

        builder.AddServiceDatabase<RepairsDb>("repairsdb");
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<RepairsDb>, DemoRepairsSeeder>();
        }
        // Who lives where, from Residents: a resident reports repairs and complaints only for their own units.
        builder.AddEventBus<RepairsDb>("repairs", [typeof(RepairOrderOpened).Assembly], bus =>
        {
            bus.AddConsumer<OwnerRegisteredConsumer>();
            bus.AddConsumer<OwnershipTransferredConsumer>();
            bus.AddConsumer<JointOwnerAddedConsumer>();
            bus.AddConsumer<TenantLeaseStartedConsumer>();
            bus.AddConsumer<TenantLeaseEndedConsumer>();
            bus.AddConsumer<ResidentAccountLinkedConsumer>();
        });
        builder.Services.Configure<SlaWatcherOptions>(builder.Configuration.GetSection("SlaWatcher"));
        builder.Services.Configure<RepairOrderExportOptions>(builder.Configuration.GetSection("Repairs:OrderExport"));
        builder.Services.Configure<ComplaintExportOptions>(builder.Configuration.GetSection("Repairs:ComplaintExport"));
        builder.Services.AddHostedService<SlaBreachWatcher>();
    }
}
