using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>What the user administration endpoints need, gathered for [AsParameters].</summary>
public sealed record UsersServices(
    IdentityDb Db,
    UserManager<ApplicationUser> Users,
    CurrentUser Caller,
    TimeProvider Clock,
    IOpenIddictTokenManager Tokens,
    IOpenIddictAuthorizationManager Authorizations)
{
    public bool IsCaller(ApplicationUser user) => Caller.Id == user.Id.ToString("D");

    /// <summary>Appends an entry to the audit trail, saved with the change itself.</summary>
    public void Audit(string action, ApplicationUser user, string details) =>
        Db.UserAudit.Add(UserAuditEntry.Record(Clock.GetUtcNow(), Caller.Id ?? "", Caller.Name, action, user, details));
}
