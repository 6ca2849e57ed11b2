using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.Spreadsheets;
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
        api.MapGet("/export", ExportUsers);
        api.MapGet("/{userId:guid}", GetUser);
        api.MapGet("/{userId:guid}/audit", ListAudit);
        api.MapPost("/", CreateUser).Validate<CreateUserRequest>();
        api.MapPut("/{userId:guid}/access", UserChanges.ChangeAccess).Validate<UserAccessRequest>();
        api.MapPost("/{userId:guid}/disable", UserChanges.Disable).Validate<DisableUserRequest>();
        api.MapPost("/{userId:guid}/enable", UserChanges.Enable);
        api.MapPost("/{userId:guid}/password", UserChanges.ResetPassword).Validate<ResetPasswordRequest>();
        return api;
    }

    /// <summary>Accounts by user name, narrowed by the <paramref name="filter"/>.</summary>
    public static async Task<Ok<PagedResult<UserResponse>>> ListUsers(
        [AsParameters] UserFilter filter, [AsParameters] PageRequest page, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var query = filter.Apply(services.Db, services.Clock.GetUtcNow());
        var total = await query.LongCountAsync(cancellationToken);
        var users = await query.OrderBy(u => u.UserName).ThenBy(u => u.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<UserResponse>(await UserAccess.DescribeAsync(services, users, cancellationToken),
            page.Number, page.Size, total));
    }

    /// <summary>
    /// The list as XLSX, with the list's filters and order: every matching account, or 422 naming the search when more than
    /// <see cref="UserExportOptions.MaxRows"/> match (never silently cut).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportUsers(
        [AsParameters] UserFilter filter, IOptions<UserExportOptions> options, [AsParameters] UsersServices services,
        CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var query = filter.Apply(services.Db, now);
        var count = await query.CountAsync(cancellationToken);
        var max = options.Value.MaxRows;
        if (count > max)
        {
            throw new DomainException("user_export.too_many_rows",
                new($"符合条件的用户有 {count} 个，超过导出上限 {max} 个，请按姓名、角色、小区或状态缩小范围",
                    $"{count} users match, more than the {max} an export holds; narrow the list by name, role, estate or status"), "search");
        }
        var users = await query.OrderBy(u => u.UserName).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        var bytes = await UsersWorkbook.WriteAsync(await UserAccess.DescribeAsync(services, users, cancellationToken), cancellationToken);
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"users-{EstateCalendar.Day(now):yyyyMMdd}.xlsx");
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
}
