using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Month closing (月结): a closed period of an estate is locked against bill runs, readings and adjustments.</summary>
public static class ClosedPeriodsApi
{
    public static RouteGroupBuilder MapClosedPeriodsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/closed-periods").WithTags("Month closing")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListClosedPeriods);
        api.MapPost("/", ClosePeriod).RequireAuthorization(BillingPolicies.WriteBilling).Validate<PeriodRequest>();
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> ListClosedPeriods(
        Guid estateId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var periods = await services.Db.ClosedPeriods.AsNoTracking().Where(c => c.EstateId == estateId)
            .OrderBy(c => c.Period).Select(c => c.Period).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<string>>(periods);
    }

    /// <summary>Closes a month that has ended.</summary>
    public static async Task<Results<Created<string>, ProblemHttpResult>> ClosePeriod(
        Guid estateId, PeriodRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.IsClosedAsync(estateId, request.Period, cancellationToken))
        {
            throw new ConflictException("period.already_closed", new($"{request.Period} 已月结", $"{request.Period} is already closed"), "period");
        }
        var closed = ClosedPeriod.Close(estateId, BillingPeriod.Parse(request.Period), services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.ClosedPeriods.Add(closed);
        services.Db.AddIntegrationEvent(new PeriodClosed
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = closed.ClosedAt,
            EstateId = estateId,
            Period = closed.Period,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/billing/estates/{estateId}/closed-periods", closed.Period);
    }
}
