using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Bill runs: one per estate and period; asking again answers the first run and creates nothing.</summary>
public static class BillRunsApi
{
    public static RouteGroupBuilder MapBillRunsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/bill-runs").WithTags("Bill runs")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListRuns);
        api.MapPost("/", RunBills).RequireAuthorization(BillingPolicies.WriteBilling).Validate<PeriodRequest>();
        return api;
    }

    /// <summary>The estate's runs, latest period first, a page at a time.</summary>
    public static async Task<Results<Ok<PagedResult<BillRunResponse>>, ProblemHttpResult>> ListRuns(
        Guid estateId, [AsParameters] BillingServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.BillRuns.AsNoTracking().Where(r => r.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var runs = await query.OrderByDescending(r => r.Period).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<BillRunResponse>([.. runs.Select(BillRunResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<BillRunResponse>, Ok<BillRunResponse>, ProblemHttpResult>> RunBills(
        Guid estateId, PeriodRequest request, BillRunner runner, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Parse(request.Period);
        var outcome = await runner.RunAsync(estateId, period, cancellationToken);
        var response = BillRunResponse.From(outcome.Run);
        return outcome.Created
            ? TypedResults.Created($"/api/billing/estates/{estateId}/bill-runs/{outcome.Run.Id}", response)
            : TypedResults.Ok(response);
    }
}
