using Microsoft.AspNetCore.Identity;

namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>A person who signs in: staff, owner or tenant. Estates are user claims of type "estate".</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>Name shown in the console, e.g. "前台客服"; the user name stays the login.</summary>
    public string? DisplayName { get; set; }
}
