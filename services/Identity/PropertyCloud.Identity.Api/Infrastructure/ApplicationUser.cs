using Microsoft.AspNetCore.Identity;

namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>A person who signs in: staff, owner or tenant. Estates are user claims of type "estate".</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>Name shown in the console, e.g. "前台客服"; the user name stays the login.</summary>
    public string? DisplayName { get; set; }

    /// <summary>When the group administrator disabled the account; a disabled account cannot sign in or refresh tokens.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool Disabled => DisabledAt is not null;

    /// <summary>Closes the account until it is enabled again; a lock-out, by contrast, ends by itself.</summary>
    public void Disable(DateTimeOffset now)
    {
        DisabledAt ??= now;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Enable() => DisabledAt = null;
}
