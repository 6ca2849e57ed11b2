using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>
/// The steps of a repair order's loop. The service centre dispatches, follows up and closes; only the worker the
/// order is dispatched to accepts it, reports arrival and completes it.
/// </summary>
public static class RepairOrderStepsApi
{
    public static IEndpointRouteBuilder MapRepairOrderStepsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/orders/{orderId:guid}").WithTags("Repair orders");
        api.MapPost("/dispatch", Dispatch).RequireAuthorization(RepairsPolicies.DispatchOrders).Validate<DispatchRepairOrderRequest>();
        api.MapPost("/accept", Accept).RequireAuthorization(RepairsPolicies.WorkOnOrders);
        api.MapPost("/on-site", ArriveOnSite).RequireAuthorization(RepairsPolicies.WorkOnOrders);
        api.MapPost("/complete", Complete).RequireAuthorization(RepairsPolicies.WorkOnOrders).Validate<CompleteRepairOrderRequest>();
        api.MapPost("/follow-up", FollowUp).RequireAuthorization(RepairsPolicies.DispatchOrders).Validate<FollowUpRequest>();
        api.MapPost("/close", Close).RequireAuthorization(RepairsPolicies.DispatchOrders).Validate<CloseRepairOrderRequest>();
        return app;
    }

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Dispatch(
        Guid estateId, Guid orderId, DispatchRepairOrderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: false, (order, now) =>
        {
            order.Dispatch(request.AssigneeId, request.AssigneeName, services.UserName, now);
            services.Db.AddIntegrationEvent(RepairEvents.Dispatched(order));
        }, cancellationToken);

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Accept(
        Guid estateId, Guid orderId, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: true, (order, now) => order.Accept(now), cancellationToken);

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> ArriveOnSite(
        Guid estateId, Guid orderId, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: true, (order, now) => order.ArriveOnSite(now), cancellationToken);

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Complete(
        Guid estateId, Guid orderId, CompleteRepairOrderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: true, async (order, now) =>
        {
            var materials = await Stockroom.TakeForRepairAsync(services.Db, order, request.Materials, services.UserName, now, cancellationToken);
            order.Complete(new RepairCompletion(request.WorkNotes, materials, request.LabourMinutes, request.ChargeableAmount ?? 0), now);
            services.Db.AddIntegrationEvent(RepairEvents.Completed(order));
            if (order.IsChargeable)
            {
                services.Db.AddIntegrationEvent(RepairEvents.ChargeRequested(order));
            }
        }, cancellationToken);

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> FollowUp(
        Guid estateId, Guid orderId, FollowUpRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: false, (order, now) =>
        {
            order.RecordFollowUp(request.SatisfactionScore, request.Comment, services.UserName, now);
            services.Db.AddIntegrationEvent(RepairEvents.FollowedUp(order));
        }, cancellationToken);

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Close(
        Guid estateId, Guid orderId, CloseRepairOrderRequest? request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: false, (order, now) =>
        {
            order.Close(request?.NoFollowUpReason, services.UserName, now);
            services.Db.AddIntegrationEvent(RepairEvents.Closed(order));
        }, cancellationToken);

    private static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> StepAsync(
        Guid estateId, Guid orderId, RepairsServices services, bool assigneeOnly, Action<RepairOrder, DateTimeOffset> step,
        CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly, (order, now) =>
        {
            step(order, now);
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> StepAsync(
        Guid estateId, Guid orderId, RepairsServices services, bool assigneeOnly, Func<RepairOrder, DateTimeOffset, Task> step,
        CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null)
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        if (assigneeOnly && !order.IsAssignedTo(services.User.Id))
        {
            return RepairProblems.NotAssignee();
        }
        var now = services.Clock.GetUtcNow();
        await step(order, now);
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(RepairOrderResponse.From(order, now));
    }
}
