using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Work queues: the front desk's (open today, overdue) and the estate manager's (SLA at risk). At most 100 orders each.</summary>
public static class DashboardsApi
{
    private const int Shown = 100;

    public static IEndpointRouteBuilder MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/dashboards").WithTags("Repair orders")
            .RequireAuthorization(RepairsPolicies.ReadDashboards);
        api.MapGet("/front-desk", FrontDesk);
        api.MapGet("/sla-at-risk", SlaAtRisk);
        return app;
    }

    public static async Task<Ok<FrontDeskQueueResponse>> FrontDesk(
        Guid estateId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var startOfDay = BuildingBlocks.Domain.EstateCalendar.StartOf(BuildingBlocks.Domain.EstateCalendar.Day(now));
        var open = services.Db.RepairOrders.AsNoTracking().Where(o => o.EstateId == estateId && o.Status != RepairOrderStatus.Closed);
        var today = open.Where(o => o.OpenedAt >= startOfDay);
        var overdue = open.Where(o => o.Deadlines.Any(d => d.MetAt == null && !d.Paused && d.DueAt <= now));
        return TypedResults.Ok(new FrontDeskQueueResponse(
            await today.CountAsync(cancellationToken),
            [.. (await today.OrderBy(o => o.OpenedAt).Take(Shown).ToListAsync(cancellationToken)).Select(o => RepairOrderResponse.From(o, now))],
            await overdue.CountAsync(cancellationToken),
            [.. (await overdue.OrderBy(o => o.OpenedAt).Take(Shown).ToListAsync(cancellationToken)).Select(o => RepairOrderResponse.From(o, now))]));
    }

    public static async Task<Ok<SlaAtRiskResponse>> SlaAtRisk(
        Guid estateId, int? withinMinutes, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var window = Math.Clamp(withinMinutes ?? 60, 1, 7 * 24 * 60);
        var now = services.Clock.GetUtcNow();
        var until = now.AddMinutes(window);
        var atRisk = services.Db.RepairOrders.AsNoTracking().Where(o => o.EstateId == estateId
            && o.Deadlines.Any(d => d.MetAt == null && !d.Paused && d.DueAt > now && d.DueAt <= until));
        var orders = await atRisk
            .OrderBy(o => o.Deadlines.Where(d => d.MetAt == null && !d.Paused && d.DueAt > now).Min(d => d.DueAt))
            .Take(Shown).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SlaAtRiskResponse(window, await atRisk.CountAsync(cancellationToken),
            [.. orders.Select(o => RepairOrderResponse.From(o, now))]));
    }
}
