using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Repair orders of an estate: intake, the estate's queue, one order; and a worker's own queue.</summary>
public static class RepairOrdersApi
{
    public static IEndpointRouteBuilder MapRepairOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/orders").WithTags("Repair orders")
            .RequireAuthorization(RepairsPolicies.ReadOrders);
        api.MapPost("", OpenOrder).RequireAuthorization(RepairsPolicies.OpenOrders).Validate<OpenRepairOrderRequest>();
        api.MapGet("", ListOrders);
        api.MapGet("/{orderId:guid}", GetOrder);
        app.MapGet("api/repairs/my-orders", MyOrders).WithTags("Repair orders").RequireAuthorization(RepairsPolicies.WorkOnOrders);
        return app;
    }

    public static async Task<Results<Created<RepairOrderResponse>, ProblemHttpResult>> OpenOrder(
        Guid estateId, OpenRepairOrderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var category = request.Category!.Value;
        var urgency = request.Urgency!.Value;
        var channel = services.IsResident ? RepairChannel.SelfService : request.Channel ?? RepairChannel.Phone;
        var sla = await SlaPolicies.InForceAsync(services.Db, estateId, category, urgency, cancellationToken);
        var calendar = await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken);
        var order = RepairOrder.Open(estateId, new RepairIntake(channel, category, urgency,
            new RepairLocation(request.UnitId, request.BuildingId, request.PublicArea), request.Description.Trim(),
            services.UserId, services.UserName), sla, calendar, services.Clock.GetUtcNow());
        services.Db.RepairOrders.Add(order);
        services.Db.AddIntegrationEvent(RepairEvents.Opened(order));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/estates/{estateId}/orders/{order.Id}",
            RepairOrderResponse.From(order, services.Clock.GetUtcNow()));
    }

    public static async Task<Results<Ok<PagedResult<RepairOrderResponse>>, ProblemHttpResult>> ListOrders(
        Guid estateId, RepairOrderStatus? status, RepairUrgency? urgency, RepairCategory? category, string? assigneeId, bool? overdue,
        [AsParameters] RepairsServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var query = services.Db.RepairOrders.AsNoTracking().Where(o => o.EstateId == estateId);
        if (services.IsResident)
        {
            query = query.Where(o => o.ReporterId == services.UserId);
        }
        query = status is null ? query : query.Where(o => o.Status == status);
        query = urgency is null ? query : query.Where(o => o.Urgency == urgency);
        query = category is null ? query : query.Where(o => o.Category == category);
        query = assigneeId is null ? query : query.Where(o => o.AssigneeId == assigneeId);
        query = overdue is null ? query
            : query.Where(o => o.Deadlines.Any(d => d.MetAt == null && !d.Paused && d.DueAt <= now) == overdue);
        return TypedResults.Ok(await PageAsync(query, page, now, cancellationToken));
    }

    public static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> GetOrder(
        Guid estateId, Guid orderId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null || (services.IsResident && order.ReporterId != services.UserId))
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        var calendar = await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken);
        return TypedResults.Ok(RepairOrderResponse.From(order, services.Clock.GetUtcNow(), calendar));
    }

    /// <summary>A maintenance worker's queue: the orders dispatched to them and not yet completed, in the estates they serve.</summary>
    public static async Task<Ok<PagedResult<RepairOrderResponse>>> MyOrders(
        [AsParameters] RepairsServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var estates = services.User.EstateIds.ToList();
        var query = services.Db.RepairOrders.AsNoTracking()
            .Where(o => o.AssigneeId == services.UserId && estates.Contains(o.EstateId)
                && (o.Status == RepairOrderStatus.Dispatched || o.Status == RepairOrderStatus.Accepted || o.Status == RepairOrderStatus.OnSite));
        return TypedResults.Ok(await PageAsync(query, page, services.Clock.GetUtcNow(), cancellationToken));
    }

    private static async Task<PagedResult<RepairOrderResponse>> PageAsync(
        IQueryable<RepairOrder> query, PageRequest page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(o => o.Urgency == RepairUrgency.Emergency ? 0 : o.Urgency == RepairUrgency.Urgent ? 1 : 2)
            .ThenBy(o => o.OpenedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new PagedResult<RepairOrderResponse>([.. items.Select(o => RepairOrderResponse.From(o, now))], page.Number, page.Size, total);
    }
}
