namespace PropertyCloud.Web.Api.Identity;

/// <summary>A new staff account; without a password Identity generates one and returns it once.</summary>
public sealed record CreateStaffUser(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid>? Estates, string? Password);

/// <summary>The created account and its generated initial password.</summary>
public sealed record CreatedStaffUser(StaffUser User, string? InitialPassword);

/// <summary>The account's complete roles and estates after a change.</summary>
public sealed record StaffAccess(IReadOnlyList<string> Roles, IReadOnlyList<Guid>? Estates);

public sealed record DisableStaffUser(string? Reason);

public sealed record ResetStaffPassword(string? Password);

/// <summary>The generated password of a reset (null when the administrator chose it).</summary>
public sealed record StaffPasswordReset(Guid UserId, string? Password);

/// <summary>One entry of an account's audit trail.</summary>
public sealed record StaffAuditEntry(DateTimeOffset At, string ActorId, string? ActorName, string Action, string Details);
