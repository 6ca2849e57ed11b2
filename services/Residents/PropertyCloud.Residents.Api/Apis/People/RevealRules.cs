using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Which roles may unmask which personal data, always on an audited request (see ACCESS.md).</summary>
internal static class RevealRules
{
    public static readonly IReadOnlyList<string> Roles =
        [BuildingBlocks.Security.Roles.EstateManager, BuildingBlocks.Security.Roles.FrontDesk,
         BuildingBlocks.Security.Roles.Finance, BuildingBlocks.Security.Roles.Maintenance];

    /// <summary>Service-centre staff register people and need everything; finance (dunning) and maintenance (visits) only call.</summary>
    public static IReadOnlySet<string> FieldsFor(CurrentUser user) =>
        user.IsInRole(BuildingBlocks.Security.Roles.EstateManager) || user.IsInRole(BuildingBlocks.Security.Roles.FrontDesk)
            ? PersonalData.All.ToHashSet()
            : user.IsInRole(BuildingBlocks.Security.Roles.Finance) || user.IsInRole(BuildingBlocks.Security.Roles.Maintenance)
                ? new HashSet<string> { PersonalData.Phone }
                : new HashSet<string>();
}
