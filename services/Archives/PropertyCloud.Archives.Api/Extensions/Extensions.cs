using PropertyCloud.Archives.Api.Consumers;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ArchivesPolicies.ReadFiles, policy =>
                policy.RequireRole(Roles.GroupAdmin, Roles.Quality, Roles.EstateManager, Roles.Archivist));

        builder.AddServiceDatabase<ArchivesDb>("archivesdb");
        builder.AddEventBus<ArchivesDb>("archives", [typeof(CustomerFileOpened).Assembly], bus =>
            bus.AddConsumer<UnitRegisteredConsumer>());
    }
}
