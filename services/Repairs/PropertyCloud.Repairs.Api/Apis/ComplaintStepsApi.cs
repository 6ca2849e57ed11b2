using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>The steps of handling a complaint. Once a complaint is major, only the estate manager takes its steps.</summary>
public static class ComplaintStepsApi
{
    public static IEndpointRouteBuilder MapComplaintStepsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/complaints/{complaintId:guid}").WithTags("Complaints")
            .RequireAuthorization(RepairsPolicies.HandleComplaints);
        api.MapPost("/acknowledge", Acknowledge);
        api.MapPost("/assign", Assign).Validate<AssignComplaintRequest>();
        api.MapPost("/respond", Respond).Validate<RespondToComplaintRequest>();
        api.MapPost("/resolve", Resolve).Validate<ResolveComplaintRequest>();
        api.MapPost("/call-back", CallBack).Validate<CallBackComplaintRequest>();
        api.MapPost("/close", Close).Validate<CloseComplaintRequest>();
        api.MapPost("/reopen", Reopen).Validate<ReopenComplaintRequest>();
        return app;
    }

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> Acknowledge(
        Guid estateId, Guid complaintId, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) => c.Acknowledge(now), cancellationToken);

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> Assign(
        Guid estateId, Guid complaintId, AssignComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) => c.Assign(request.AssigneeId, request.AssigneeName, now), cancellationToken);

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> Respond(
        Guid estateId, Guid complaintId, RespondToComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) => ComplaintEvents.Respond(services.Db, c, request.Response, now), cancellationToken);

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> Resolve(
        Guid estateId, Guid complaintId, ResolveComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) => c.Resolve(request.Result, request.Opinion!.Value, now), cancellationToken);

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> CallBack(
        Guid estateId, Guid complaintId, CallBackComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) => c.CallBack(request.Note, now), cancellationToken);

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> Close(
        Guid estateId, Guid complaintId, CloseComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) =>
        {
            c.Close(request.LessonsLearnt, services.UserName, now);
            services.Db.AddIntegrationEvent(ComplaintEvents.Closed(c));
        }, cancellationToken);

    public static Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> Reopen(
        Guid estateId, Guid complaintId, ReopenComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken) =>
        StepAsync(estateId, complaintId, services, (c, now) =>
        {
            c.Reopen(request.Reason, services.UserName, now);
            services.Db.AddIntegrationEvent(ComplaintEvents.Reopened(c));
        }, cancellationToken);

    private static async Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> StepAsync(
        Guid estateId, Guid complaintId, RepairsServices services, Action<Complaint, DateTimeOffset> step, CancellationToken cancellationToken)
    {
        var complaint = await services.Db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId && c.EstateId == estateId, cancellationToken);
        if (complaint is null)
        {
            return ApiProblems.NotFound(RepairProblems.Complaint, complaintId);
        }
        if (complaint.IsMajor && !services.User.IsInRole(Roles.EstateManager))
        {
            return RepairProblems.MajorComplaintNeedsManager();
        }
        var now = services.Clock.GetUtcNow();
        step(complaint, now);
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(ComplaintResponse.From(complaint));
    }
}
