using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Complaints of an estate: recording (major ones escalate at once) and the estate's list.</summary>
public static class ComplaintsApi
{
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/complaints").WithTags("Complaints")
            .RequireAuthorization(RepairsPolicies.ReadComplaints);
        api.MapPost("", RecordComplaint).RequireAuthorization(RepairsPolicies.HandleComplaints).Validate<RecordComplaintRequest>();
        api.MapGet("", ListComplaints);
        api.MapGet("/{complaintId:guid}", GetComplaint);
        return app;
    }

    public static async Task<Results<Created<ComplaintResponse>, ProblemHttpResult>> RecordComplaint(
        Guid estateId, RecordComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var complaint = Complaint.Receive(estateId, request.Channel!.Value, request.Category!.Value, request.Description.Trim(),
            request.ComplainantUnitId, request.IsMajor, services.UserName, services.Clock.GetUtcNow());
        services.Db.Complaints.Add(complaint);
        services.Db.AddIntegrationEvent(ComplaintEvents.Received(complaint));
        if (complaint.IsMajor)
        {
            services.Db.AddIntegrationEvent(ComplaintEvents.Escalated(complaint));
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/estates/{estateId}/complaints/{complaint.Id}", ComplaintResponse.From(complaint));
    }

    public static async Task<Results<Ok<PagedResult<ComplaintResponse>>, ProblemHttpResult>> ListComplaints(
        Guid estateId, ComplaintStatus? status, bool? major, [AsParameters] RepairsServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = services.Db.Complaints.AsNoTracking().Where(c => c.EstateId == estateId);
        query = status is null ? query : query.Where(c => c.Status == status);
        query = major is null ? query : query.Where(c => c.IsMajor == major);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.IsMajor).ThenBy(c => c.ReceivedAt)
            .Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ComplaintResponse>([.. items.Select(ComplaintResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> GetComplaint(
        Guid estateId, Guid complaintId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var complaint = await services.Db.Complaints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == complaintId && c.EstateId == estateId, cancellationToken);
        return complaint is null ? ApiProblems.NotFound(RepairProblems.Complaint, complaintId) : TypedResults.Ok(ComplaintResponse.From(complaint));
    }
}
