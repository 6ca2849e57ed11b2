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

    public static async Task<Results<Ok<IReadOnlyList<BillRunResponse>>, ProblemHttpResult>> ListRuns(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var runs = await services.Db.BillRuns.AsNoTracking().Where(r => r.EstateId == estateId)
            .OrderByDescending(r => r.Period).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BillRunResponse>>([.. runs.Select(BillRunResponse.From)]);
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
