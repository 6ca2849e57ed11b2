using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// The estate's dunning ladder: its configuration, the round that sends every overdue bill the step it has reached
/// (each step once per bill, recorded), and a unit's arrears record with late fees where the estate charges them.
/// </summary>
public static class DunningLadderApi
{
    public static RouteGroupBuilder MapDunningLadderApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}").WithTags("Dunning")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/dunning/policy", GetPolicy);
        api.MapPut("/dunning/policy", ConfigurePolicy).RequireAuthorization(BillingPolicies.WriteBilling).Validate<DunningPolicyRequest>();
        api.MapGet("/dunning/notices", ListNotices);
        api.MapPost("/dunning/notices", SendDueNotices).RequireAuthorization(BillingPolicies.WriteBilling);
        api.MapGet("/units/{unitId:guid}/arrears", GetArrears);
        return api;
    }

    public static async Task<Results<Ok<DunningPolicyResponse>, ProblemHttpResult>> GetPolicy(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok(DunningPolicyResponse.From(await Arrears.PolicyOfAsync(services.Db, estateId, cancellationToken)));

    public static async Task<Results<Ok<DunningPolicyResponse>, ProblemHttpResult>> ConfigurePolicy(
        Guid estateId, DunningPolicyRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var policy = await services.Db.DunningPolicies.FirstOrDefaultAsync(p => p.EstateId == estateId, cancellationToken);
        if (policy is null)
        {
            policy = DunningPolicy.Configure(estateId, request.ReminderAfterDays, request.NoticeAfterDays, request.FinalNoticeAfterDays,
                request.ToLateFeeTerms());
            services.Db.DunningPolicies.Add(policy);
        }
        else
        {
            policy.Change(request.ReminderAfterDays, request.NoticeAfterDays, request.FinalNoticeAfterDays, request.ToLateFeeTerms());
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DunningPolicyResponse.From(policy));
    }

    public static async Task<Results<Ok<PagedResult<DunningNoticeResponse>>, ProblemHttpResult>> ListNotices(
        Guid estateId, [AsParameters] DunningNoticeFilter filter, [AsParameters] BillingServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var today = EstateCalendar.Day(services.Clock.GetUtcNow());
        var query = DunningNoticeQuery.Of(services, estateId, filter, today);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DunningNoticeResponse>([.. rows.Select(r => r.ToResponse(today))], page.Number, page.Size, total));
    }

    private const int ManualBatch = 1000;

    /// <summary>
    /// Sends each overdue bill the highest step it has reached and not yet had (on the default ladder if the estate
    /// configured none); a second round the same day sends nothing.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<DunningNoticeResponse>>, ProblemHttpResult>> SendDueNotices(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var strategy = db.Database.CreateExecutionStrategy();
        var sent = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = services.Clock.GetUtcNow();
            var today = EstateCalendar.Day(now);
            await DunningRound.LockOverdueAsync(db, estateId, today, cancellationToken);
            var notices = new List<DunningNotice>();
            List<Bill> claimed;
            do
            {
                claimed = await DunningRound.ClaimDueAsync(db, estateId, today, ManualBatch, cancellationToken);
                notices.AddRange(await DunningRound.AdvanceAsync(db, claimed, today, now, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
            }
            while (claimed.Count == ManualBatch);
            await transaction.CommitAsync(cancellationToken);
            return notices;
        });
        return TypedResults.Ok<IReadOnlyList<DunningNoticeResponse>>([.. sent.Select(DunningNoticeResponse.From)]);
    }

    public static async Task<Results<Ok<ArrearsResponse>, ProblemHttpResult>> GetArrears(
        Guid estateId, Guid unitId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        if (await UnitsApi.FindAsync(services, estateId, unitId, cancellationToken) is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var today = EstateCalendar.Day(services.Clock.GetUtcNow());
        var policy = await Arrears.PolicyOfAsync(services.Db, estateId, cancellationToken);
        var overdue = await Arrears.OverdueAsync(services.Db, policy, unitId, today, cancellationToken);
        return TypedResults.Ok(new ArrearsResponse(unitId, today, overdue.Sum(o => o.Bill.Outstanding), overdue.Sum(o => o.LateFee),
            [.. overdue.Select(ArrearsBillResponse.From)]));
    }
}
