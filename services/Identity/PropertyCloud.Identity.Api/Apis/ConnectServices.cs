using Microsoft.AspNetCore.Identity;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Api.Tokens;

namespace PropertyCloud.Identity.Api.Apis;

/// <summary>What the /connect handlers need.</summary>
public sealed record ConnectServices(
    UserManager<ApplicationUser> Users,
    SignInManager<ApplicationUser> SignIn,
    TokenPrincipalFactory Principals);
