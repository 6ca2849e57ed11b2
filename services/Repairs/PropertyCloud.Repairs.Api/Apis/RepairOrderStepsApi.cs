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
        api.MapPost("/reopen", Reopen).RequireAuthorization(RepairsPolicies.DispatchOrders).Validate<ReopenRepairOrderRequest>();
        api.MapPost("/close", Close).RequireAuthorization(RepairsPolicies.DispatchOrders).Validate<CloseRepairOrderRequest>();
        return app;
    }

    public static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Dispatch(
        Guid estateId, Guid orderId, DispatchRepairOrderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        MaintenanceTeam? team = null;
        if (request.TeamId is { } teamId)
        {
            team = await services.Db.MaintenanceTeams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId && t.EstateId == estateId, cancellationToken);
            if (team is null)
            {
                return ApiProblems.NotFound(RepairProblems.Team, teamId);
            }
        }
        return await StepAsync(estateId, orderId, services, assigneeOnly: false, (order, now) =>
        {
            if (team is null)
            {
                order.Dispatch(request.AssigneeId!, request.AssigneeName!, services.UserName, now);
            }
            else
            {
                order.DispatchToTeam(team, services.UserName, now);
            }
            services.Db.AddIntegrationEvent(RepairEvents.Dispatched(order, team));
        }, cancellationToken);
    }

    /// <summary>The worker it is dispatched to accepts it; an order dispatched to a team is taken by the first member to accept.</summary>
    public static async Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Accept(
        Guid estateId, Guid orderId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var order = await services.Db.RepairOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.EstateId == estateId, cancellationToken);
        if (order is null)
        {
            return ApiProblems.NotFound(RepairProblems.RepairOrder, orderId);
        }
        var now = services.Clock.GetUtcNow();
        if (order is { AssigneeId: null, TeamId: { } teamId })
        {
            var team = await services.Db.MaintenanceTeams.AsNoTracking().FirstAsync(t => t.Id == teamId, cancellationToken);
            if (team.Member(services.User.Id) is null)
            {
                return RepairProblems.NotAssignee();
            }
            order.AcceptForTeam(team, services.UserId, now);
        }
        else if (!order.IsAssignedTo(services.User.Id))
        {
            return RepairProblems.NotAssignee();
        }
        else
        {
            order.Accept(now);
        }
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(RepairOrderResponse.From(order, now));
    }

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

    public static Task<Results<Ok<RepairOrderResponse>, ProblemHttpResult>> Reopen(
        Guid estateId, Guid orderId, ReopenRepairOrderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, orderId, services, assigneeOnly: false, (order, now) =>
        {
            order.Reopen(request.Reason, services.UserName, now);
            services.Db.AddIntegrationEvent(RepairEvents.Reopened(order));
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
