using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Repairs.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();

        builder.AddServiceDatabase<RepairsDb>("repairsdb");
        builder.AddEventBus<RepairsDb>("repairs", [typeof(RepairsDb).Assembly]);
    }
}
