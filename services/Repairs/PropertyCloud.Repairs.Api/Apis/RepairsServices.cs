using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>What the repairs endpoints need, gathered for [AsParameters].</summary>
public sealed record RepairsServices(RepairsDb Db, CurrentUser User, TimeProvider Clock)
{
    public string UserId => User.Id ?? "";

    public string UserName => User.Name ?? User.Id ?? "";

    /// <summary>Owners and tenants see and report only their own repairs.</summary>
    public bool IsResident => User.IsInRole(BuildingBlocks.Security.Roles.Owner) || User.IsInRole(BuildingBlocks.Security.Roles.Tenant);
}
