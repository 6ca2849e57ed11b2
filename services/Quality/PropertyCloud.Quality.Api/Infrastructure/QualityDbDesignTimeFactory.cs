using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Quality.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class QualityDbDesignTimeFactory : DesignTimeDbContextFactory<QualityDb>;
