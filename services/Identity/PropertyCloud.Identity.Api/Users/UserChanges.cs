using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>Changes to an existing account. Each one renews the security stamp, so a login cookie from before is dropped.</summary>
public static class UserChanges
{
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> ChangeAccess(
        Guid userId, UserAccessRequest request, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound(UserTexts.User, userId);
        }
        var roles = request.Roles.Distinct().ToList();
        var estates = (request.Estates ?? []).Distinct().ToList();
        StaffAccessRules.CheckAccess(roles, estates);
        StaffAccessRules.CheckOwnAdminRoleKept(services.IsCaller(user), roles);

        var change = await UserAccess.SetAsync(services, user, roles, estates, cancellationToken);
        Touch(user);
        services.Audit(UserAuditActions.AccessChanged, user, change);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await UserAccess.DescribeAsync(services, user, cancellationToken));
    }

    /// <summary>The account can no longer sign in or refresh; its refresh tokens and authorizations are revoked.</summary>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Disable(
        Guid userId, DisableUserRequest? request, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound(UserTexts.User, userId);
        }
        StaffAccessRules.CheckNotSelf(services.IsCaller(user));
        if (!user.Disabled)
        {
            user.Disable(services.Clock.GetUtcNow());
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            services.Audit(UserAuditActions.Disabled, user, string.IsNullOrWhiteSpace(request?.Reason) ? "-" : $"reason: {request.Reason.Trim()}");
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        await RevokeTokensAsync(services, user, cancellationToken);
        return TypedResults.Ok(await UserAccess.DescribeAsync(services, user, cancellationToken));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Enable(
        Guid userId, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound(UserTexts.User, userId);
        }
        if (user.Disabled)
        {
            user.Enable();
            Touch(user);
            services.Audit(UserAuditActions.Enabled, user, "-");
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(await UserAccess.DescribeAsync(services, user, cancellationToken));
    }

    /// <summary>Sets a new password, ends a lock-out and revokes refresh tokens issued under the old password.</summary>
    public static async Task<Results<Ok<PasswordReset>, ProblemHttpResult>> ResetPassword(
        Guid userId, ResetPasswordRequest? request, [AsParameters] UsersServices services, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound(UserTexts.User, userId);
        }
        var generated = request?.Password is null ? GeneratedPassword.New() : null;
        await SetPasswordAsync(services, user, request?.Password ?? generated!);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        Touch(user);
        services.Audit(UserAuditActions.PasswordReset, user, generated is null ? "set by administrator" : "generated");
        await services.Db.SaveChangesAsync(cancellationToken);
        await RevokeTokensAsync(services, user, cancellationToken);
        return TypedResults.Ok(new PasswordReset(user.Id, generated));
    }

    /// <summary>Checks the password against the Identity password policy (422 naming "password") and stores its hash.</summary>
    internal static async Task SetPasswordAsync(UsersServices services, ApplicationUser user, string password)
    {
        foreach (var validator in services.Users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(services.Users, user, password)).Succeeded)
            {
                throw new DomainException("user.password_too_weak", UserTexts.PasswordTooWeak, "password");
            }
        }
        user.PasswordHash = services.Users.PasswordHasher.HashPassword(user, password);
    }

    private static void Touch(ApplicationUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private static async Task RevokeTokensAsync(UsersServices services, ApplicationUser user, CancellationToken cancellationToken)
    {
        var subject = user.Id.ToString("D");
        await services.Tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await services.Authorizations.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
