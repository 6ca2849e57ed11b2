using System.Text.Json;
using OpenIddict.Abstractions;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Residents.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertyCloud.Identity.Api.Seed;

/// <summary>The OAuth clients PropertyCloud registers; the web client's URIs come from configuration.</summary>
public static class ClientRegistrations
{
    private static readonly string[] DefaultWebRedirectUris = ["http://localhost:8080/signin-oidc"];
    private static readonly string[] DefaultWebPostLogoutRedirectUris = ["http://localhost:8080/signout-callback-oidc"];

    public static OpenIddictApplicationDescriptor Cli() => new()
    {
        ClientId = IdentityClients.Cli,
        ClientType = ClientTypes.Public,
        DisplayName = "PropertyCloud scripts and tests",
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.GrantTypes.Password,
            Permissions.GrantTypes.RefreshToken,
            Permissions.Scopes.Profile,
            Permissions.Prefixes.Scope + IdentityScopes.Roles,
        },
    };

    public static OpenIddictApplicationDescriptor Web(IConfiguration configuration)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = IdentityClients.Web,
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "PropertyCloud web console",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Prefixes.Scope + IdentityScopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in UrisFrom(configuration, "Identity:WebRedirectUris", DefaultWebRedirectUris))
        {
            descriptor.RedirectUris.Add(uri);
        }

        foreach (var uri in UrisFrom(configuration, "Identity:WebPostLogoutRedirectUris", DefaultWebPostLogoutRedirectUris))
        {
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        return descriptor;
    }

    /// <summary>Demo mode only: a partner system granted every demo estate.</summary>
    public static OpenIddictApplicationDescriptor DemoPartner() => new()
    {
        ClientId = IdentityClients.DemoPartner,
        ClientSecret = "Demo@12345",
        ClientType = ClientTypes.Confidential,
        DisplayName = "Demo partner",
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.GrantTypes.ClientCredentials,
        },
        Properties =
        {
            [ClientProperties.Roles] = JsonSerializer.SerializeToElement(new[] { Roles.Partner }),
            [ClientProperties.Estates] = JsonSerializer.SerializeToElement(DemoEstates.All.Select(e => e.ToString("D"))),
        },
    };

    private static IEnumerable<Uri> UrisFrom(IConfiguration configuration, string key, string[] defaults)
    {
        var configured = configuration.GetSection(key).Get<string[]>();
        return (configured is { Length: > 0 } ? configured : defaults).Select(uri => new Uri(uri, UriKind.Absolute));
    }
}
