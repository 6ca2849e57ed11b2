using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.Security;

internal static class SignInExtensions
{
    /// <summary>The web console's OAuth client at the Identity service (public, authorization code + PKCE).</summary>
    public const string ClientId = "propertycloud-web";

    /// <summary>
    /// Sign-in through the Identity service with authorization code + PKCE. Identity is reached by service discovery
    /// for metadata, keys and the code exchange; the browser is sent to it through the gateway, on the host it used.
    /// The access token rides in the session cookie as a claim, so the interactive circuit can call the APIs with it.
    /// </summary>
    public static void AddIdentitySignIn(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? AuthenticationExtensions.DefaultIssuer;
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "propertycloud.web";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // Not under /account: the gateway sends that to Identity's login pages.
                cookie.AccessDeniedPath = "/denied";
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = issuer;
                oidc.RequireHttpsMetadata = false;
                oidc.ClientId = ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.UsePkce = true;
                oidc.Scope.Clear();
                oidc.Scope.Add(OpenIdConnectScope.OpenId);
                oidc.Scope.Add("profile");
                oidc.Scope.Add("roles");
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.TokenValidationParameters.NameClaimType = PropertyCloudClaims.Name;
                oidc.TokenValidationParameters.RoleClaimType = PropertyCloudClaims.Role;
                // Plain http on this machine: SameSite=None cookies without Secure would be dropped by the browser.
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.Events.OnRedirectToIdentityProvider = context =>
                {
                    context.ProtocolMessage.IssuerAddress = PublicUrl(context.Request, "/connect/authorize");
                    return Task.CompletedTask;
                };
                oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.IssuerAddress = PublicUrl(context.Request, "/connect/endsession");
                    return Task.CompletedTask;
                };
                oidc.Events.OnTokenValidated = KeepAccessToken;
            });
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((oidc, clients) => oidc.Backchannel = clients.CreateClient("identity"));
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
    }

    /// <summary>Sign-in, sign-out and the language switch: plain HTTP endpoints, since they set cookies.</summary>
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/session");
        session.MapGet("/signin", (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOrRoot(returnUrl) }));
        session.MapPost("/signout", () => TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        session.MapGet("/culture", CultureSwitch.Apply);
        return app;
    }

    internal static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    private static string PublicUrl(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{request.PathBase}{path}";

    private static Task KeepAccessToken(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse;
        if (response?.AccessToken is { } token && context.Principal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(SessionClaims.AccessToken, token));
            // The session lasts as long as the access token; after that the user signs in again (silently, while Identity's cookie lives).
            if (int.TryParse(response.ExpiresIn, out var seconds))
            {
                context.Properties!.ExpiresUtc = DateTimeOffset.UtcNow.AddSeconds(seconds - 60);
            }
        }
        return Task.CompletedTask;
    }
}
