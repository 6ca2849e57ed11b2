using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>
/// The user list's filters, shared by the list and its export: <see cref="Search"/> matches user or display name, anywhere;
/// the others narrow to a role, an estate or an account status.
/// </summary>
public sealed record UserFilter(string? Search, string? Role, Guid? EstateId, AccountStatus? Status)
{
    public IQueryable<ApplicationUser> Apply(IdentityDb db, DateTimeOffset now)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = "%" + EscapeLike(Search.Trim()) + "%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName ?? "", pattern));
        }
        if (!string.IsNullOrWhiteSpace(Role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Role)));
        }
        if (EstateId is { } estate)
        {
            var value = estate.ToString("D");
            query = query.Where(u => db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == PropertyCloudClaims.Estate && c.ClaimValue == value));
        }
        return Status switch
        {
            AccountStatus.Disabled => query.Where(u => u.DisabledAt != null),
            AccountStatus.LockedOut => query.Where(u => u.DisabledAt == null && u.LockoutEnd > now),
            AccountStatus.Active => query.Where(u => u.DisabledAt == null && (u.LockoutEnd == null || u.LockoutEnd <= now)),
            _ => query,
        };
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
