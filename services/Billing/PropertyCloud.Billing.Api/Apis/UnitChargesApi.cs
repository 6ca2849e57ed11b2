using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// Parking spaces and one-off fees put on a unit; the next bill runs charge them. Parking by hand is for spaces Residents
/// does not register: a unit holding a registered space is refused a parking item (409 naming chargeItemId).
/// </summary>
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
        if (Bill.ParkingChargedByHand(item.Kind) && await HoldsRegisteredSpaceAsync(services, unit, cancellationToken) is { } space)
        {
            throw new ConflictException("unit_charge.parking_registered",
                new($"该房间的车位 {space} 已由住户档案登记并按月计费，不能再手工添加车位收费项目",
                    $"The unit's parking space {space} is registered by Residents and billed every month; a parking item cannot also be put on it by hand"),
                "chargeItemId");
        }
        var charge = UnitCharge.Assign(unit, item, request.Quantity, services.Clock.GetUtcNow());
        services.Db.UnitCharges.Add(charge);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/billing/estates/{estateId}/units/{unitId}/charges", UnitChargeResponse.From(charge));
    }

    /// <summary>The code of a space Residents registers for the unit and has not released (its end may lie ahead); null when none.</summary>
    private static async Task<string?> HoldsRegisteredSpaceAsync(BillingServices services, BillableUnit unit, CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(services.Clock.GetUtcNow());
        return await services.Db.ParkingAssignments.AsNoTracking()
            .Where(p => p.EstateId == unit.EstateId && p.UnitId == unit.Id && p.SpaceCode != "" && p.ReleasedOn == null
                && (p.EndsOn == null || p.EndsOn >= today))
            .OrderBy(p => p.SpaceCode).Select(p => p.SpaceCode).FirstOrDefaultAsync(cancellationToken);
    }
}
