using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>What the Quality endpoints need, gathered for [AsParameters].</summary>
public sealed record QualityServices(QualityDb Db, CurrentUser User, TimeProvider Clock);
