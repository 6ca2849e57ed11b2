using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Api.Tokens;
using PropertyCloud.Identity.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertyCloud.Identity.Api.Apis;

/// <summary>
/// The OpenIddict passthrough endpoints: OpenIddict has validated the request (client, grant, scopes,
/// PKCE) before these handlers run; they decide who the subject is and what the token says.
/// </summary>
public static class ConnectApi
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        connect.MapPost("/token", Exchange);
        // A handler taking only HttpContext would bind as a RequestDelegate and drop its result.
        connect.MapMethods("/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfo);
        connect.MapMethods("/endsession", [HttpMethods.Get, HttpMethods.Post], EndSession);
        return app;
    }

    public static async Task<Results<SignInHttpResult, ChallengeHttpResult, ForbidHttpResult>> Authorize(
        HttpContext context, [AsParameters] ConnectServices services)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await services.Users.GetUserAsync(cookie.Principal) : null;
        if (user is not null && await services.SignIn.CanSignInAsync(user))
        {
            return TypedResults.SignIn(await services.Principals.CreateForUserAsync(user, request.GetScopes()), authenticationScheme: Scheme);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return Reject(Errors.LoginRequired, "The user is not signed in.");
        }

        // To the login page, which comes back here with the same parameters once the cookie is set.
        var parameters = context.Request.HasFormContentType
            ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)await context.Request.ReadFormAsync()
            : context.Request.Query;
        var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
    }

    public static async Task<Results<SignInHttpResult, ForbidHttpResult>> Exchange(
        HttpContext context, [AsParameters] ConnectServices services)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            var user = await services.Users.FindByNameAsync(request.Username ?? "");
            if (user is null || !(await services.SignIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true)).Succeeded)
            {
                return Reject(Errors.InvalidGrant, "The user name or password is incorrect.");
            }

            return TypedResults.SignIn(await services.Principals.CreateForUserAsync(user, request.GetScopes()), authenticationScheme: Scheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = await services.Principals.CreateForClientAsync(request.ClientId!, request.GetScopes());
            return client is null
                ? Reject(Errors.InvalidClient, "The client is not registered.")
                : TypedResults.SignIn(client, authenticationScheme: Scheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Re-read the user so that removed roles, estates or a lock-out take effect at refresh.
            var granted = (await context.AuthenticateAsync(Scheme)).Principal;
            var userId = granted?.GetClaim(PropertyCloudClaims.Subject);
            var user = userId is null ? null : await services.Users.FindByIdAsync(userId);
            if (granted is null || user is null || !await services.SignIn.CanSignInAsync(user))
            {
                return Reject(Errors.InvalidGrant, "The token is no longer valid.");
            }

            return TypedResults.SignIn(await services.Principals.CreateForUserAsync(user, granted.GetScopes()), authenticationScheme: Scheme);
        }

        return Reject(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    public static async Task<Results<Ok<Dictionary<string, object>>, ChallengeHttpResult>> UserInfo(HttpContext context)
    {
        var principal = (await context.AuthenticateAsync(Scheme)).Principal;
        var subject = principal?.GetClaim(PropertyCloudClaims.Subject);
        if (principal is null || subject is null)
        {
            return TypedResults.Challenge(ErrorProperties(Errors.InvalidToken, "The access token is not valid."), [Scheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [PropertyCloudClaims.Subject] = subject };
        if (principal.HasScope(Scopes.Profile))
        {
            AddIfPresent(claims, principal, PropertyCloudClaims.Name);
            AddIfPresent(claims, principal, TokenPrincipalFactory.DisplayNameClaim);
        }

        if (principal.HasScope(IdentityScopes.Roles))
        {
            claims[PropertyCloudClaims.Role] = principal.GetClaims(PropertyCloudClaims.Role);
            claims[PropertyCloudClaims.Estate] = principal.GetClaims(PropertyCloudClaims.Estate);
        }

        return TypedResults.Ok(claims);
    }

    public static async Task<SignOutHttpResult> EndSession(SignInManager<ApplicationUser> signIn)
    {
        await signIn.SignOutAsync();
        // Used only when the request names no (registered) post_logout_redirect_uri.
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/account/login" }, [Scheme]);
    }

    private static ForbidHttpResult Reject(string error, string description) =>
        TypedResults.Forbid(ErrorProperties(error, description), [Scheme]);

    private static AuthenticationProperties ErrorProperties(string error, string description) =>
        new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });

    private static void AddIfPresent(Dictionary<string, object> claims, ClaimsPrincipal principal, string type)
    {
        if (principal.GetClaim(type) is { } value)
        {
            claims[type] = value;
        }
    }
}
