using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>What the register's endpoints need, gathered for [AsParameters].</summary>
public sealed record ResidentsServices(ResidentsDb Db, CurrentUser User, TimeProvider Clock);
