using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Parking spaces and one-off fees put on a unit; the next bill runs charge them.</summary>
public static class UnitChargesApi
{
    public static RouteGroupBuilder MapUnitChargesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/units/{unitId:guid}/charges").WithTags("Unit charges")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListUnitCharges);
        api.MapPost("/", AssignCharge).RequireAuthorization(BillingPolicies.WriteBilling).Validate<UnitChargeRequest>();
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<UnitChargeResponse>>, ProblemHttpResult>> ListUnitCharges(
        Guid estateId, Guid unitId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var charges = await services.Db.UnitCharges.AsNoTracking().Where(c => c.EstateId == estateId && c.UnitId == unitId)
            .OrderBy(c => c.AddedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<UnitChargeResponse>>([.. charges.Select(UnitChargeResponse.From)]);
    }

    public static async Task<Results<Created<UnitChargeResponse>, ProblemHttpResult>> AssignCharge(
        Guid estateId, Guid unitId, UnitChargeRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var unit = await UnitsApi.FindAsync(services, estateId, unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var item = await ChargeItemsApi.FindAsync(services, estateId, request.ChargeItemId, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound(ChargeItemsApi.Text, request.ChargeItemId);
        }
        var charge = UnitCharge.Assign(unit, item, request.Quantity, services.Clock.GetUtcNow());
        services.Db.UnitCharges.Add(charge);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/billing/estates/{estateId}/units/{unitId}/charges", UnitChargeResponse.From(charge));
    }
}
