using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>
/// Self-service for owners and tenants: lodge a complaint and follow one's own complaints with their status. Only the
/// complaints the caller lodged are listed; another resident's, or one taken at the desk, is never shown.
/// </summary>
public static class MyComplaintsApi
{
    public static IEndpointRouteBuilder MapMyComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/me/estates/{estateId:guid}/complaints").WithTags("My complaints")
            .RequireAuthorization(RepairsPolicies.LodgeComplaints);
        api.MapPost("", LodgeComplaint).Validate<LodgeComplaintRequest>();
        api.MapGet("", ListMyComplaints);
        return app;
    }

    /// <summary>Only a current owner or tenant of the estate, about a unit of theirs (their only one when none is named).</summary>
    public static async Task<Results<Created<MyComplaintResponse>, ProblemHttpResult>> LodgeComplaint(
        Guid estateId, LodgeComplaintRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var (unitId, refusal) = await ResidentUnits.ResolveAsync(services, estateId, request.UnitId, mayDefault: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var complaint = Complaint.Lodge(estateId, request.Category!.Value, request.Description.Trim(), unitId,
            services.UserId, services.UserName, services.Clock.GetUtcNow());
        services.Db.Complaints.Add(complaint);
        services.Db.AddIntegrationEvent(ComplaintEvents.Received(complaint));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/me/estates/{estateId}/complaints/{complaint.Id}", MyComplaintResponse.From(complaint));
    }

    /// <summary>The caller's complaints in the estate, newest first.</summary>
    public static async Task<Ok<PagedResult<MyComplaintResponse>>> ListMyComplaints(
        Guid estateId, [AsParameters] RepairsServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Complaints.AsNoTracking().Where(c => c.EstateId == estateId && c.ComplainantId == services.UserId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<MyComplaintResponse>([.. items.Select(MyComplaintResponse.From)], page.Number, page.Size, total));
    }
}
