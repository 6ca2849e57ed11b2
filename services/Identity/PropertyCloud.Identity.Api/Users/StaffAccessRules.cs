using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>What a staff account's roles and estates may be, and what a group administrator may do to their own account.</summary>
public static class StaffAccessRules
{
    /// <summary>Roles the group administrator may give: head office and estate staff, never resident or partner roles.</summary>
    public static readonly IReadOnlyList<string> Assignable = [.. Roles.GroupWide, .. Roles.EstateStaff];

    /// <summary>Group-wide roles carry no estates; estate staff need at least one.</summary>
    public static void CheckAccess(IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> estates)
    {
        if (roles.Any(role => !Assignable.Contains(role)))
        {
            throw new DomainException("user.role_not_assignable", UserTexts.NotStaffRole, "roles");
        }
        var groupWide = roles.Any(Roles.GroupWide.Contains);
        if (groupWide && estates.Count > 0)
        {
            throw new DomainException("user.group_wide_with_estates", UserTexts.GroupWideWithEstates, "estates");
        }
        if (!groupWide && estates.Count == 0)
        {
            throw new DomainException("user.estates_required", UserTexts.EstatesRequired, "estates");
        }
    }

    /// <summary>The last word on one's own account belongs to another administrator: no self-demotion.</summary>
    public static void CheckOwnAdminRoleKept(bool changingSelf, IReadOnlyCollection<string> roles)
    {
        if (changingSelf && !roles.Contains(Roles.GroupAdmin))
        {
            throw new DomainException("user.cannot_drop_own_admin", UserTexts.CannotDropOwnAdmin, "roles");
        }
    }

    /// <summary>An administrator who disabled themselves could not undo it.</summary>
    public static void CheckNotSelf(bool changingSelf)
    {
        if (changingSelf)
        {
            throw new DomainException("user.cannot_disable_self", UserTexts.CannotDisableSelf);
        }
    }
}
