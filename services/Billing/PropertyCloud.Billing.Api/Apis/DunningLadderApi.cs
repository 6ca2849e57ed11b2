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
                request.LateFeeDailyRate);
            services.Db.DunningPolicies.Add(policy);
        }
        else
        {
            policy.Change(request.ReminderAfterDays, request.NoticeAfterDays, request.FinalNoticeAfterDays, request.LateFeeDailyRate);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DunningPolicyResponse.From(policy));
    }

    public static async Task<Results<Ok<PagedResult<DunningNoticeResponse>>, ProblemHttpResult>> ListNotices(
        Guid estateId, Guid? unitId, DunningStep? step, [AsParameters] BillingServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.DunningNotices.AsNoTracking().Where(n => n.EstateId == estateId);
        query = unitId is null ? query : query.Where(n => n.UnitId == unitId);
        query = step is null ? query : query.Where(n => n.Step == step);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(n => n.IssuedAt).ThenBy(n => n.Period).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DunningNoticeResponse>([.. items.Select(DunningNoticeResponse.From)], page.Number, page.Size, total));
    }

    /// <summary>Sends each overdue bill the highest step it has reached and not yet had; a second round the same day sends nothing.</summary>
    public static async Task<Results<Ok<IReadOnlyList<DunningNoticeResponse>>, ProblemHttpResult>> SendDueNotices(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var strategy = db.Database.CreateExecutionStrategy();
        var sent = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Two rounds of one estate queue here instead of racing on the (bill, step) index.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({estateId.ToString()}, 0))", cancellationToken);
            var now = services.Clock.GetUtcNow();
            var policy = await Arrears.PolicyOfAsync(db, estateId, cancellationToken);
            var notices = new List<DunningNotice>();
            foreach (var overdue in await Arrears.OverdueAsync(db, policy, null, EstateCalendar.Day(now), cancellationToken))
            {
                if (policy.StepFor(overdue.DaysOverdue) is { } step && (overdue.LastStep is null || step > overdue.LastStep))
                {
                    notices.Add(DunningNotice.Issue(overdue.Bill, step, overdue.DaysOverdue, overdue.LateFee, now));
                }
            }
            db.DunningNotices.AddRange(notices);
            await db.SaveChangesAsync(cancellationToken);
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
