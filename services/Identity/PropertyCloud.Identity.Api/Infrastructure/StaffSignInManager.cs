using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>
/// ASP.NET Core Identity's sign-in rules plus one of ours: a disabled account may not sign in. Every path goes through
/// <see cref="CanSignInAsync"/> — the login page, the password grant, and the authorization code and refresh grants.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<ApplicationUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.Disabled && await base.CanSignInAsync(user);
}
