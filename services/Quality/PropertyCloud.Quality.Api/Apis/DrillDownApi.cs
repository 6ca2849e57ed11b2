using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>The repair orders and complaints behind an estate's figures, each linked to its record in Repairs.</summary>
public static class DrillDownApi
{
    public static RouteGroupBuilder MapDrillDownApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality/estates/{estateId:guid}").WithTags("Drill-down").RequireAuthorization(QualityPolicies.ReadFigures);
        api.MapGet("/orders", Orders);
        api.MapGet("/complaints", Complaints);
        return api;
    }

    /// <summary>Orders opened in the range; ?sla=breached those whose SLA broke in it, ?sla=met those completed in it on time.</summary>
    public static async Task<Results<Ok<PagedResult<OrderBehindFigure>>, ProblemHttpResult>> Orders(
        Guid estateId, [AsParameters] FigureRange range, string? sla, [AsParameters] PageRequest page,
        [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var (from, to) = UtcBounds(range, services.Clock);
        var orders = services.Db.RepairOrders.AsNoTracking().Where(o => o.EstateId == estateId);
        orders = sla switch
        {
            "breached" => orders.Where(o => o.SlaBreachedAt >= from && o.SlaBreachedAt < to),
            "met" => orders.Where(o => o.CompletedAt >= from && o.CompletedAt < to && o.SlaBreachedAt == null),
            _ => orders.Where(o => o.OpenedAt >= from && o.OpenedAt < to),
        };
        var total = await orders.LongCountAsync(cancellationToken);
        var items = await orders.OrderBy(o => o.OpenedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<OrderBehindFigure>([.. items.Select(OrderBehindFigure.From)], page.Number, page.Size, total));
    }

    /// <summary>Complaints received in the range; ?escalated=true only escalated ones, ?dissatisfied=true only those closed to the complainant's dissatisfaction.</summary>
    public static async Task<Results<Ok<PagedResult<ComplaintBehindFigure>>, ProblemHttpResult>> Complaints(
        Guid estateId, [AsParameters] FigureRange range, bool? escalated, bool? dissatisfied, [AsParameters] PageRequest page,
        [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        if (!services.User.CanAccessEstate(estateId))
        {
            return ApiProblems.EstateForbidden();
        }
        var (from, to) = UtcBounds(range, services.Clock);
        var complaints = services.Db.Complaints.AsNoTracking().Where(c => c.EstateId == estateId && c.ReceivedAt >= from && c.ReceivedAt < to);
        if (escalated == true)
        {
            complaints = complaints.Where(c => c.EscalatedAt != null);
        }
        if (dissatisfied == true)
        {
            complaints = complaints.Where(c => c.ComplainantOpinion == ReadModels.ComplaintFact.Dissatisfied);
        }
        var total = await complaints.LongCountAsync(cancellationToken);
        var items = await complaints.OrderBy(c => c.ReceivedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ComplaintBehindFigure>([.. items.Select(ComplaintBehindFigure.From)], page.Number, page.Size, total));
    }

    /// <summary>The range's first and last local days as UTC instants [from, to).</summary>
    private static (DateTimeOffset From, DateTimeOffset To) UtcBounds(FigureRange range, TimeProvider clock)
    {
        var (from, to, _) = range.Resolve(clock);
        return (EstateCalendar.StartOf(from), EstateCalendar.StartOf(to.AddDays(1)));
    }
}
