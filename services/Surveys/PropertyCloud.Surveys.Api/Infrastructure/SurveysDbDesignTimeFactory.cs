using PropertyCloud.BuildingBlocks.Persistence;

namespace PropertyCloud.Surveys.Api.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class SurveysDbDesignTimeFactory : DesignTimeDbContextFactory<SurveysDb>;
