using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Api.Seed;
using PropertyCloud.Identity.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertyCloud.Identity.Api.Tokens;

/// <summary>Builds the claims of the tokens issued to a user or to a client acting for itself.</summary>
public sealed class TokenPrincipalFactory(UserManager<ApplicationUser> users, IOpenIddictApplicationManager applications)
{
    /// <summary>Chinese display name of a user ("前台客服"); "name" stays the user name.</summary>
    public const string DisplayNameClaim = PropertyCloudClaims.DisplayName;

    public async Task<ClaimsPrincipal> CreateForUserAsync(ApplicationUser user, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(PropertyCloudClaims.Subject, user.Id.ToString("D"))
            .SetClaim(PropertyCloudClaims.Name, user.UserName)
            .SetClaim(DisplayNameClaim, user.DisplayName);

        var roles = await users.GetRolesAsync(user);
        identity.SetClaims(PropertyCloudClaims.Role, [.. roles]);

        // Group-wide roles see every estate by role; estate claims would only mislead.
        if (!roles.Any(Roles.GroupWide.Contains))
        {
            var estates = (await users.GetClaimsAsync(user))
                .Where(claim => claim.Type == PropertyCloudClaims.Estate)
                .Select(claim => claim.Value)
                .Distinct();
            identity.SetClaims(PropertyCloudClaims.Estate, [.. estates]);
        }

        return Complete(identity, scopes);
    }

    /// <summary>Roles and estates come from the client's registration; null when the client is unknown.</summary>
    public async Task<ClaimsPrincipal?> CreateForClientAsync(string clientId, ImmutableArray<string> scopes)
    {
        var application = await applications.FindByClientIdAsync(clientId);
        if (application is null)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application);
        var identity = NewIdentity();
        identity.SetClaim(PropertyCloudClaims.Subject, clientId)
            .SetClaim(PropertyCloudClaims.Name, await applications.GetDisplayNameAsync(application) ?? clientId);
        identity.SetClaims(PropertyCloudClaims.Role, StringsOf(properties, ClientProperties.Roles));
        identity.SetClaims(PropertyCloudClaims.Estate, StringsOf(properties, ClientProperties.Estates));
        return Complete(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(authenticationType: "PropertyCloud", nameType: PropertyCloudClaims.Name, roleType: PropertyCloudClaims.Role);

    private static ClaimsPrincipal Complete(ClaimsIdentity identity, ImmutableArray<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(IdentityScopes.Audience);
        identity.SetDestinations(DestinationsOf);
        return new ClaimsPrincipal(identity);
    }

    private static ImmutableArray<string> StringsOf(ImmutableDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.GetString()).OfType<string>()]
            : [];

    private static string[] DestinationsOf(Claim claim) => claim.Type switch
    {
        PropertyCloudClaims.Name or DisplayNameClaim when claim.Subject!.HasScope(Scopes.Profile)
            => [Destinations.AccessToken, Destinations.IdentityToken],
        PropertyCloudClaims.Role or PropertyCloudClaims.Estate when claim.Subject!.HasScope(IdentityScopes.Roles)
            => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
