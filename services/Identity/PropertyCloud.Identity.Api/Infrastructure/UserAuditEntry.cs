namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>
/// One change to a user account, append-only: who did it, when, to whom and what changed (never a password).
/// </summary>
public sealed class UserAuditEntry
{
    private UserAuditEntry()
    {
        ActorId = "";
        Action = "";
        UserName = "";
        Details = "";
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorId { get; private set; }
    public string? ActorName { get; private set; }

    /// <summary>One of <see cref="UserAuditActions"/>.</summary>
    public string Action { get; private set; }

    public Guid UserId { get; private set; }
    public string UserName { get; private set; }

    /// <summary>What changed, e.g. "roles: front_desk → front_desk, finance".</summary>
    public string Details { get; private set; }

    public static UserAuditEntry Record(
        DateTimeOffset at, string actorId, string? actorName, string action, ApplicationUser user, string details) => new()
    {
        Id = Guid.CreateVersion7(),
        At = at,
        ActorId = actorId,
        ActorName = actorName,
        Action = action,
        UserId = user.Id,
        UserName = user.UserName ?? "",
        Details = details,
    };
}
