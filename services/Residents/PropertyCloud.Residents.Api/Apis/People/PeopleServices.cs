using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>What the people endpoints need, gathered for [AsParameters].</summary>
public sealed record PeopleServices(ResidentsDb Db, CurrentUser User, TimeProvider Clock, IdNumberProtector IdNumbers)
{
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>How the acting staff member is recorded on what they handled (keys, readings, decisions).</summary>
    public string StaffName => User.Name ?? User.Id ?? "";
}
