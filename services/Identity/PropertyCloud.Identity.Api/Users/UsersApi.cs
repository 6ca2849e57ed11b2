using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>
/// The group administrator's user administration (篇2 3.1, 5.5): staff accounts, their roles and estates, disabling
/// and password resets. Every change is written to the account's audit trail in the same transaction.
/// </summary>
public static class UsersApi
{
    public const string ManageUsersPolicy = "identity.users.manage";

    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/users").WithTags("Users").RequireAuthorization(ManageUsersPolicy);
        api.MapGet("/", ListUsers);
        api.MapGet("/{userId:guid}", GetUser);
        api.MapGet("/{userId:guid}/audit", ListAudit);
        api.MapPost("/", CreateUser).Validate<CreateUserRequest>();
        api.MapPut("/{userId:guid}/access", UserChanges.ChangeAccess).Validate<UserAccessRequest>();
        api.MapPost("/{userId:guid}/disable", UserChanges.Disable).Validate<DisableUserRequest>();
        api.MapPost("/{userId:guid}/enable", UserChanges.Enable);
        api.MapPost("/{userId:guid}/password", UserChanges.ResetPassword).Validate<ResetPasswordRequest>();
        return api;
    }

    /// <summary>Accounts by user name; <paramref name="search"/> matches user or display name, anywhere; the other filters narrow.</summary>
    public static async Task<Ok<PagedResult<UserResponse>>> ListUsers(
        string? search, string? role, Guid? estateId, AccountStatus? status, [AsParameters] PageRequest page, [AsParameters] UsersServices services,
        CancellationToken cancellationToken)
    {
        var query = services.Db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim()) + "%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName ?? "", pattern));
        }
        if (!string.IsNullOrWhiteSpace(role))
        {
            query = query.Where(u => services.Db.UserRoles.Any(ur => ur.UserId == u.Id
                && services.Db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        if (estateId is { } estate)
        {
            var value = estate.ToString("D");
            query = query.Where(u => services.Db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == PropertyCloudClaims.Estate && c.ClaimValue == value));
        }
        var now = services.Clock.GetUtcNow();
        query = status switch
        {
            AccountStatus.Disabled => query.Where(u => u.DisabledAt != null),
            AccountStatus.LockedOut => query.Where(u => u.DisabledAt == null && u.LockoutEnd > now),
            AccountStatus.Active => query.Where(u => u.DisabledAt == null && (u.LockoutEnd == null || u.LockoutEnd <= now)),
            _ => query,
        };
        var total = await query.LongCountAsync(cancellationToken);
        var users = await query.OrderBy(u => u.UserName).ThenBy(u => u.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<UserResponse>(await UserAccess.DescribeAsync(services, users, cancellationToken),
            page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetUser(
        Guid userId, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null
            ? ApiProblems.NotFound(UserTexts.User, userId)
            : TypedResults.Ok(await UserAccess.DescribeAsync(services, user, cancellationToken));
    }

    /// <summary>The account's audit trail, newest first.</summary>
    public static async Task<Results<Ok<List<UserAuditResponse>>, ProblemHttpResult>> ListAudit(
        Guid userId, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return ApiProblems.NotFound(UserTexts.User, userId);
        }
        var entries = await services.Db.UserAudit.AsNoTracking().Where(e => e.UserId == userId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(UserAuditResponse.From).ToList());
    }

    public static async Task<Results<Created<CreatedUser>, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var roles = request.Roles.Distinct().ToList();
        var estates = (request.Estates ?? []).Distinct().ToList();
        StaffAccessRules.CheckAccess(roles, estates);
        if (await services.Users.FindByNameAsync(request.UserName) is not null)
        {
            throw new ConflictException("user.name_taken", UserTexts.UserNameTaken, "userName");
        }

        var generated = request.Password is null ? GeneratedPassword.New() : null;
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            NormalizedUserName = services.Users.NormalizeName(request.UserName),
            DisplayName = request.DisplayName.Trim(),
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        await UserChanges.SetPasswordAsync(services, user, request.Password ?? generated!);
        services.Db.Users.Add(user);
        var access = await UserAccess.SetAsync(services, user, roles, estates, cancellationToken);
        services.Audit(UserAuditActions.Created, user, $"display name: {user.DisplayName}; {access}");
        await services.Db.SaveChangesAsync(cancellationToken);

        var created = new CreatedUser(await UserAccess.DescribeAsync(services, user, cancellationToken), generated);
        return TypedResults.Created($"/api/identity/users/{user.Id}", created);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
