using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>A user account as the group administrator sees it (never a password or its hash).</summary>
public sealed record UserResponse(
    Guid Id, string UserName, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Estates, AccountStatus Status,
    bool Disabled, DateTimeOffset? DisabledAt, bool LockedOut, DateTimeOffset? LockedOutUntil)
{
    public static UserResponse From(ApplicationUser user, IReadOnlyList<string> roles, IReadOnlyList<Guid> estates, DateTimeOffset now)
    {
        var lockedOut = user.LockoutEnd > now;
        var status = user.Disabled ? AccountStatus.Disabled : lockedOut ? AccountStatus.LockedOut : AccountStatus.Active;
        return new(user.Id, user.UserName ?? "", user.DisplayName, roles, estates, status, user.Disabled, user.DisabledAt,
            lockedOut, lockedOut ? user.LockoutEnd : null);
    }
}

/// <summary>A new staff account. Without <see cref="Password"/> one is generated and returned once.</summary>
public sealed record CreateUserRequest(
    string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid>? Estates, string? Password);

/// <summary>The created account and, when the server generated it, its initial password (shown this once).</summary>
public sealed record CreatedUser(UserResponse User, string? InitialPassword);

/// <summary>The account's complete set of roles and estates after the change.</summary>
public sealed record UserAccessRequest(IReadOnlyList<string> Roles, IReadOnlyList<Guid>? Estates);

/// <summary>Why an account is disabled (kept in the audit trail).</summary>
public sealed record DisableUserRequest(string? Reason);

/// <summary>A new password; without one a password is generated and returned once.</summary>
public sealed record ResetPasswordRequest(string? Password);

/// <summary>The generated password (null when the administrator chose it).</summary>
public sealed record PasswordReset(Guid UserId, string? Password);

/// <summary>One entry of a user's audit trail.</summary>
public sealed record UserAuditResponse(DateTimeOffset At, string ActorId, string? ActorName, string Action, string Details)
{
    public static UserAuditResponse From(UserAuditEntry entry) => new(entry.At, entry.ActorId, entry.ActorName, entry.Action, entry.Details);
}
