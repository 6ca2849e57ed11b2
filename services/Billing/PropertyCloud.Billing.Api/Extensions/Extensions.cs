using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
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

        builder.AddServiceDatabase<BillingDb>("billingdb");
        builder.AddEventBus<BillingDb>("billing", [typeof(BillingDb).Assembly]);
    }
}
