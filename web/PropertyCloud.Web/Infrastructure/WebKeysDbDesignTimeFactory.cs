using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Web.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the console.</summary>
internal sealed class WebKeysDbDesignTimeFactory : DesignTimeDbContextFactory<WebKeysDb>;
