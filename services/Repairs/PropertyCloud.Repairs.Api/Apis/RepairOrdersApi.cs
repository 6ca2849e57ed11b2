using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Exports;
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
        api.MapGet("/export", ExportOrders);
        api.MapGet("/{orderId:guid}", GetOrder);
        app.MapGet("api/repairs/my-orders", MyOrders).WithTags("Repair orders").RequireAuthorization(RepairsPolicies.WorkOnOrders);
        return app;
    }

    public static async Task<Results<Created<RepairOrderResponse>, ProblemHttpResult>> OpenOrder(
        Guid estateId, OpenRepairOrderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        // A resident who names neither a unit nor a public area means their own unit, when they have only one.
        var (unitId, refusal) = await ResidentUnits.ResolveAsync(services, estateId, request.UnitId,
            mayDefault: string.IsNullOrWhiteSpace(request.PublicArea), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var category = request.Category!.Value;
        var urgency = request.Urgency!.Value;
        var channel = services.IsResident ? RepairChannel.SelfService : request.Channel ?? RepairChannel.Phone;
        var sla = await SlaPolicies.InForceAsync(services.Db, estateId, category, urgency, cancellationToken);
        var calendar = await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken);
        var order = RepairOrder.Open(estateId, new RepairIntake(channel, category, urgency,
            new RepairLocation(unitId, request.BuildingId, request.PublicArea), request.Description.Trim(),
            services.UserId, services.UserName), sla, calendar, services.Clock.GetUtcNow());
        services.Db.RepairOrders.Add(order);
        services.Db.AddIntegrationEvent(RepairEvents.Opened(order));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/estates/{estateId}/orders/{order.Id}",
            RepairOrderResponse.From(order, services.Clock.GetUtcNow()));
    }

    public static async Task<Results<Ok<PagedResult<RepairOrderResponse>>, ProblemHttpResult>> ListOrders(
        Guid estateId, [AsParameters] RepairOrderFilter filter, [AsParameters] RepairsServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var query = filter.Apply(services.Db.RepairOrders.AsNoTracking(), estateId, services, now);
        return TypedResults.Ok(await PageAsync(query, page, now, cancellationToken));
    }

    /// <summary>
    /// The queue as XLSX, with the list's filters and order: every matching order, or 422 when more than
    /// <see cref="RepairOrderExportOptions.MaxRows"/> match (never silently cut).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportOrders(
        Guid estateId, [AsParameters] RepairOrderFilter filter, IOptions<RepairOrderExportOptions> options, [AsParameters] RepairsServices services,
        CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var orders = filter.Apply(services.Db.RepairOrders.AsNoTracking(), estateId, services, now);
        var count = await orders.CountAsync(cancellationToken);
        var max = options.Value.MaxRows;
        if (count > max)
        {
            throw new DomainException("order_export.too_many_rows",
                new($"符合条件的工单有 {count} 张，超过导出上限 {max} 张，请按状态、类别、紧急程度或维修人缩小范围",
                    $"{count} orders match, more than the {max} an export holds; narrow the list by status, category, urgency or worker"));
        }
        var rows = await Queued(orders)
            .Select(o => new RepairOrdersWorkbook.Row(o.Id, o.OpenedAt, o.Channel, o.Category, o.Urgency, o.Status,
                o.Deadlines.Any(d => d.MetAt == null && !d.Paused && d.DueAt <= now), o.UnitId, o.BuildingId, o.PublicArea, o.Description,
                o.ReporterName, o.AssigneeName, o.TeamName, o.DispatchedAt, o.AcceptedAt, o.OnSiteAt, o.CompletedAt, o.ClosedAt,
                o.LabourMinutes, o.ChargeableAmount, o.SatisfactionScore))
            .ToListAsync(cancellationToken);
        var bytes = await RepairOrdersWorkbook.WriteAsync(rows, cancellationToken);
        return TypedResults.File(bytes, RepairOrdersWorkbook.ContentType, $"repair-orders-{EstateCalendar.Day(now):yyyyMMdd}.xlsx");
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
        var items = await Queued(query).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new PagedResult<RepairOrderResponse>([.. items.Select(o => RepairOrderResponse.From(o, now))], page.Number, page.Size, total);
    }

    /// <summary>The queue's order: emergencies first, then urgent, then the rest; oldest first within each (the id breaks ties, so pages never overlap).</summary>
    /// <remarks>Served by the expression indexes of migration QueueIndexes: change the CASE here and there together.</remarks>
    private static IOrderedQueryable<RepairOrder> Queued(IQueryable<RepairOrder> query) =>
        query.OrderBy(o => o.Urgency == RepairUrgency.Emergency ? 0 : o.Urgency == RepairUrgency.Urgent ? 1 : 2).ThenBy(o => o.OpenedAt).ThenBy(o => o.Id);
}
