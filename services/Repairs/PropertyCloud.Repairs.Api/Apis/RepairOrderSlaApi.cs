using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>
/// An order's SLA clock: paused and resumed for recorded reasons by the service centre or the worker it is
/// dispatched to; its category and urgency changed by the service centre.
/// </summary>
public static class RepairOrderSlaApi
{
    public static IEndpointRouteBuilder MapRepairOrderSlaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/orders/{orderId:guid}").WithTags("Repair orders");
        api.MapPost("/pause", Pause).RequireAuthorization(RepairsPolicies.PauseSla).Validate<PauseSlaRequest>();
        api.MapPost("/resume", Resume).RequireAuthorization(RepairsPolicies.PauseSla);
        api.MapPost("/reclassify", Reclassify).RequireAuthorization(RepairsPolicies.DispatchOrders).Validate<ReclassifyRepairOrderRequest>();
        return app;
    }

    public static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Pause(
        Guid estateId, Guid orderId, PauseSlaRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null)
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        if (services.User.IsInRole(Roles.Maintenance) && !order.IsAssignedTo(services.User.Id))
        {
            return RepairProblems.NotAssignee();
        }
        var now = services.Clock.GetUtcNow();
        order.PauseSla(request.Reason!.Value, request.Note, services.UserName, now);
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(RepairOrderResponse.From(order, now, await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken)));
    }

    public static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Resume(
        Guid estateId, Guid orderId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null)
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        if (services.User.IsInRole(Roles.Maintenance) && !order.IsAssignedTo(services.User.Id))
        {
            return RepairProblems.NotAssignee();
        }
        var now = services.Clock.GetUtcNow();
        var calendar = await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken);
        order.ResumeSla(services.UserName, calendar, now);
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(RepairOrderResponse.From(order, now, calendar));
    }

    public static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Reclassify(
        Guid estateId, Guid orderId, ReclassifyRepairOrderRequest request, [AsParameters] RepairsServices services,
        CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null)
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        var (category, urgency) = (request.Category!.Value, request.Urgency!.Value);
        var sla = await SlaPolicies.InForceAsync(services.Db, estateId, category, urgency, cancellationToken);
        var calendar = await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken);
        var now = services.Clock.GetUtcNow();
        order.Reclassify(category, urgency, sla, calendar, services.UserName, now);
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(RepairOrderResponse.From(order, now, calendar));
    }
}
