using Microsoft.Extensions.Options;
using OpenIddict.Server;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertyCloud.Identity.Api.Extensions;

internal static class OpenIddictServerExtensions
{
    public const string DefaultIssuer = "http://identity/";

    /// <summary>
    /// The OpenIddict server (password, client credentials, authorization code + PKCE, refresh token),
    /// its EF Core stores in <see cref="IdentityDb"/>, and local validation for this service's own APIs.
    /// </summary>
    public static void AddOpenIddictServer(this IHostApplicationBuilder builder)
    {
        var issuer = new Uri(builder.Configuration["Identity:Issuer"] ?? DefaultIssuer, UriKind.Absolute);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore()
                .UseDbContext<IdentityDb>()
                .ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");

                server.AllowPasswordFlow()
                    .AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .RequireProofKeyForCodeExchange();

                server.RegisterScopes(Scopes.Profile, Scopes.OfflineAccess, IdentityScopes.Roles);
                server.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                server.DisableAccessTokenEncryption();

                server.UseAspNetCore()
                    .DisableTransportSecurityRequirement()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // As every other service: a token issued for another audience is no key to this one's APIs.
                validation.AddAudiences(IdentityScopes.Audience);
                validation.UseAspNetCore();
            });

        // Keys live in the database so that every instance signs and decrypts with the same ones.
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, SharedKeysSetup>();
    }
}
