using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.Api.Identity;

/// <summary>The roles a group administrator may give (as Identity's StaffAccessRules): group-wide ones carry no estates, the others need one.</summary>
public static class StaffRoles
{
    public static readonly IReadOnlyList<string> Assignable = [.. Roles.GroupWide, .. Roles.EstateStaff];

    public static bool IsGroupWide(string role) => Roles.GroupWide.Contains(role);
}
