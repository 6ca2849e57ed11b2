using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Chargeable repairs Repairs asked us to bill, billed or waiting for the next bill run.</summary>
public static class RepairChargesApi
{
    public static RouteGroupBuilder MapRepairChargesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/repair-charges").WithTags("Repair charges")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListRepairCharges);
        return api;
    }

    public static async Task<Results<Ok<PagedResult<RepairChargeResponse>>, ProblemHttpResult>> ListRepairCharges(
        Guid estateId, Guid? unitId, bool? pending, [AsParameters] BillingServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.RepairCharges.AsNoTracking().Where(c => c.EstateId == estateId);
        query = unitId is null ? query : query.Where(c => c.UnitId == unitId);
        query = pending is null ? query : query.Where(c => (c.BilledInRunId == null) == pending);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.RequestedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<RepairChargeResponse>([.. items.Select(RepairChargeResponse.From)], page.Number, page.Size, total));
    }
}

public sealed record RepairChargeResponse(Guid RepairOrderId, Guid? UnitId, decimal Amount, string Description, DateTimeOffset RequestedAt,
    Guid? BilledInRunId)
{
    public static RepairChargeResponse From(RepairCharge c) => new(c.RepairOrderId, c.UnitId, c.Amount, c.Description, c.RequestedAt, c.BilledInRunId);
}
