using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;

namespace PropertyCloud.BuildingBlocks.Security;

/// <summary>Token validation and authorisation shared by every service and the gateway.</summary>
public static class AuthenticationExtensions
{
    /// <summary>Default issuer: the Identity service as named by service discovery.</summary>
    public const string DefaultIssuer = "http://identity/";

    /// <summary>The audience every PropertyCloud access token is issued for.</summary>
    public const string Audience = "propertycloud";

    /// <summary>
    /// Validates PropertyCloud access tokens against the Identity service (metadata and keys fetched from
    /// configuration "Identity:Issuer" through service discovery) and makes every endpoint require an
    /// authenticated caller unless it opts out with AllowAnonymous.
    /// </summary>
    public static IHostApplicationBuilder AddPropertyCloudAuthentication(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? DefaultIssuer;
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(issuer);
            validation.AddAudiences(Audience);
            validation.UseSystemNetHttp();
            // Tokens only from the Authorization header: reading a form body here would consume it before the
            // gateway forwards it (POST /connect/token), and query-string tokens end up in logs.
            validation.UseAspNetCore()
                .DisableAccessTokenExtractionFromBodyForm()
                .DisableAccessTokenExtractionFromQueryString();
        });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        return builder;
    }
}
