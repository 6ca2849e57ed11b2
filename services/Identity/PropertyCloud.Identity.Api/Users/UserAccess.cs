using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>
/// Reads and writes an account's roles (user_roles) and estates (user claims "estate") directly in the change tracker,
/// so that an account, its access and its audit entry are saved together in one SaveChanges.
/// </summary>
internal static class UserAccess
{
    public static async Task<IReadOnlyList<UserResponse>> DescribeAsync(
        UsersServices services, IReadOnlyList<ApplicationUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (
            from userRole in services.Db.UserRoles
            join role in services.Db.Roles on userRole.RoleId equals role.Id
            where ids.Contains(userRole.UserId)
            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var estates = await services.Db.UserClaims
            .Where(c => ids.Contains(c.UserId) && c.ClaimType == PropertyCloudClaims.Estate)
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(cancellationToken);
        var now = services.Clock.GetUtcNow();
        return [.. users.Select(user => UserResponse.From(user,
            InRoleOrder(roles.Where(r => r.UserId == user.Id).Select(r => r.Name!)),
            [.. estates.Where(e => e.UserId == user.Id).Select(e => Guid.TryParse(e.ClaimValue, out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).Distinct().Order()],
            now))];
    }

    public static async Task<UserResponse> DescribeAsync(UsersServices services, ApplicationUser user, CancellationToken cancellationToken) =>
        (await DescribeAsync(services, [user], cancellationToken))[0];

    /// <summary>Makes the account's roles and estates exactly these; returns "before → after" for the audit trail.</summary>
    public static async Task<string> SetAsync(
        UsersServices services, ApplicationUser user, IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> estates,
        CancellationToken cancellationToken)
    {
        var roleIds = await services.Db.Roles.Where(r => roles.Contains(r.Name!)).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        if (roleIds.Count != roles.Count)
        {
            throw new DomainException("user.role_missing", new("角色尚未创建", "The role does not exist yet"), "roles");
        }
        var currentRoles = await services.Db.UserRoles.Where(ur => ur.UserId == user.Id).ToListAsync(cancellationToken);
        var currentRoleIds = currentRoles.Select(c => c.RoleId).ToList();
        var currentRoleNames = await services.Db.Roles.Where(r => currentRoleIds.Contains(r.Id))
            .Select(r => r.Name!).ToListAsync(cancellationToken);
        services.Db.UserRoles.RemoveRange(currentRoles.Where(c => !roleIds.ContainsValue(c.RoleId)));
        services.Db.UserRoles.AddRange(roleIds.Values.Where(id => currentRoles.All(c => c.RoleId != id))
            .Select(id => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = id }));

        var wanted = estates.Select(e => e.ToString("D")).ToHashSet();
        var currentEstates = await services.Db.UserClaims
            .Where(c => c.UserId == user.Id && c.ClaimType == PropertyCloudClaims.Estate).ToListAsync(cancellationToken);
        services.Db.UserClaims.RemoveRange(currentEstates.Where(c => !wanted.Contains(c.ClaimValue ?? "")));
        services.Db.UserClaims.AddRange(wanted.Where(value => currentEstates.All(c => c.ClaimValue != value))
            .Select(value => new IdentityUserClaim<Guid> { UserId = user.Id, ClaimType = PropertyCloudClaims.Estate, ClaimValue = value }));

        return $"roles: {Listed(InRoleOrder(currentRoleNames))} → {Listed(InRoleOrder(roles))}; "
            + $"estates: {Listed([.. currentEstates.Select(c => c.ClaimValue ?? "").Order()])} → {Listed([.. wanted.Order()])}";
    }

    private static List<string> InRoleOrder(IEnumerable<string> roles) =>
        [.. roles.Distinct().OrderBy(role => Roles.All.IndexOf(role) is var i and >= 0 ? i : int.MaxValue).ThenBy(role => role, StringComparer.Ordinal)];

    private static string Listed(List<string> values) => values.Count == 0 ? "-" : string.Join(", ", values);

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
