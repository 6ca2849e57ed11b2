using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Partners.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class PartnersDbDesignTimeFactory : DesignTimeDbContextFactory<PartnersDb>;
