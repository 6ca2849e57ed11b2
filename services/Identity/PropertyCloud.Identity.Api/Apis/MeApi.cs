using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Model;

namespace PropertyCloud.Identity.Api.Apis;

/// <summary>Who the bearer of an access token is, as this server sees it (protected by the fallback policy).</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity").MapGet("/me", GetMe);
        return app;
    }

    public static Ok<MeResponse> GetMe(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        user.FindFirstValue(PropertyCloudClaims.Subject) ?? "",
        user.FindFirstValue(PropertyCloudClaims.Name),
        [.. user.FindAll(PropertyCloudClaims.Role).Select(c => c.Value)],
        [.. user.FindAll(PropertyCloudClaims.Estate).Select(c => c.Value)]));
}
