using PropertyCloud.Billing.Api.Consumers;
using PropertyCloud.Billing.Api.Demo;
using PropertyCloud.Billing.Api.MeterImports;
using PropertyCloud.Billing.Api.Payments;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Billing.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(BillingPolicies.ReadBilling, policy => policy.RequireRole([.. Roles.GroupWide, Roles.Finance, Roles.EstateManager]))
            .AddPolicy(BillingPolicies.WriteBilling, policy => policy.RequireRole(Roles.Finance, Roles.EstateManager))
            .AddPolicy(BillingPolicies.OwnBills, policy => policy.RequireRole(Roles.Owner, Roles.Tenant))
            .AddPolicy(BillingPolicies.GroupStatistics, policy => policy.RequireRole(Roles.GroupWide));

        builder.AddServiceDatabase<BillingDb>("billingdb");
        if (builder.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            builder.Services.AddScoped<IDatabaseSeeder<BillingDb>, DemoChargeItemsSeeder>();
        }
        builder.Services.AddScoped<BillRunner>();
        builder.Services.Configure<OverdueBillsOptions>(builder.Configuration.GetSection("Billing:Overdue"));
        builder.Services.AddHostedService<OverdueBillsScanner>();
        builder.Services.Configure<LateFeeOptions>(builder.Configuration.GetSection("Billing:LateFees"));
        builder.Services.AddHostedService<LateFeeScanner>();
        builder.Services.Configure<DunningOptions>(builder.Configuration.GetSection("Billing:Dunning"));
        builder.Services.AddHostedService<DunningScanner>();
        builder.Services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
        builder.Services.AddSingleton<MeterImportSignal>();
        builder.Services.AddScoped<MeterImportRunner>();
        builder.Services.AddHostedService<MeterImportWorker>();
        builder.Services.Configure<BillExportOptions>(builder.Configuration.GetSection("Billing:BillExport"));
        builder.AddPdfRendering();
        builder.AddEventBus<BillingDb>("billing", [typeof(BillIssued).Assembly], bus =>
        {
            bus.AddConsumer<UnitRegisteredConsumer>();
            bus.AddConsumer<RepairChargeRequestedConsumer>();
            bus.AddConsumer<OwnerRegisteredConsumer>();
            bus.AddConsumer<OwnershipTransferredConsumer>();
            bus.AddConsumer<JointOwnerAddedConsumer>();
            bus.AddConsumer<TenantLeaseStartedConsumer>();
            bus.AddConsumer<TenantLeaseEndedConsumer>();
            bus.AddConsumer<ResidentAccountLinkedConsumer>();
            bus.AddConsumer<ParkingSpaceAssignedConsumer>();
            bus.AddConsumer<ParkingSpaceReleasedConsumer>();
        });
    }
}
