namespace PropertyCloud.Web.Api.Identity;

/// <summary>A staff account as Identity's user administration describes it (GET api/identity/users/{id}).</summary>
public sealed record StaffUser(
    Guid Id, string UserName, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Estates, string Status,
    bool Disabled, DateTimeOffset? DisabledAt, bool LockedOut, DateTimeOffset? LockedOutUntil);
