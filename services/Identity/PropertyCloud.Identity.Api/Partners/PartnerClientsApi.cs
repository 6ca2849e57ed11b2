using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Identity.Api.Partners;

/// <summary>The group administrator issues (or rotates) a partner client's secret; it is shown in this answer only.</summary>
public static class PartnerClientsApi
{
    public const string PartnerClientPrefix = "partner-";

    public static IEndpointRouteBuilder MapPartnerClientsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity/partner-clients").MapPost("/{clientId}/secret", IssueSecret);
        return app;
    }

    public static async Task<Results<Ok<PartnerClientSecret>, NotFound, ForbidHttpResult>> IssueSecret(
        string clientId, ClaimsPrincipal user, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        if (!user.HasClaim(PropertyCloudClaims.Role, Roles.GroupAdmin))
        {
            return TypedResults.Forbid();
        }
        if (!clientId.StartsWith(PartnerClientPrefix, StringComparison.Ordinal)
            || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await applications.UpdateAsync(application, secret, cancellationToken);
        return TypedResults.Ok(new PartnerClientSecret(clientId, secret));
    }
}

public sealed record PartnerClientSecret(string ClientId, string ClientSecret);
