using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>The units billing knows of (its replica of the register, fed by UnitRegistered).</summary>
public static class UnitsApi
{
    internal static readonly LocalizedText UnitText = new("房间", "unit");

    public static RouteGroupBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/units").WithTags("Units")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListUnits);
        return api;
    }

    public static async Task<Results<Ok<PagedResult<BillableUnitResponse>>, ProblemHttpResult>> ListUnits(
        Guid estateId, [AsParameters] BillingServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Units.AsNoTracking().Where(u => u.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(u => u.BuildingCode).ThenBy(u => u.Entrance).ThenBy(u => u.Number)
            .Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<BillableUnitResponse>([.. items.Select(BillableUnitResponse.From)], page.Number, page.Size, total));
    }

    internal static async Task<BillableUnit?> FindAsync(BillingServices services, Guid estateId, Guid unitId, CancellationToken cancellationToken) =>
        await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
}
