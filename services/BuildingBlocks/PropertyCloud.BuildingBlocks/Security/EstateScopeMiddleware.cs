using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.BuildingBlocks.Security;

/// <summary>
/// Staff act only in their estates: any route with an <c>{estateId}</c> the caller's token does not cover is
/// answered 403 before the handler runs, so no endpoint can forget the check.
/// </summary>
internal sealed class EstateScopeMiddleware(RequestDelegate next)
{
    public const string RouteParameter = "estateId";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.GetRouteValue(RouteParameter) is string value
            && Guid.TryParse(value, out var estateId)
            && !context.RequestServices.GetRequiredService<CurrentUser>().CanAccessEstate(estateId))
        {
            await ApiProblems.EstateForbidden().ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
