using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Exports;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Complaints of an estate: recording (major ones escalate at once), the estate's list and its XLSX export.</summary>
public static class ComplaintsApi
{
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/complaints").WithTags("Complaints")
            .RequireAuthorization(RepairsPolicies.ReadComplaints);
        api.MapPost("", RecordComplaint).RequireAuthorization(RepairsPolicies.HandleComplaints).Validate<RecordComplaintRequest>();
        api.MapGet("", ListComplaints);
        api.MapGet("/export", ExportComplaints);
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
        Guid estateId, [AsParameters] ComplaintsFilter filter, [AsParameters] RepairsServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        var query = filter.Apply(services.Db.Complaints.AsNoTracking(), estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await ComplaintsFilter.InListOrder(query).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ComplaintResponse>([.. items.Select(ComplaintResponse.From)], page.Number, page.Size, total));
    }

    /// <summary>
    /// The list as XLSX, with the list's filters and order: every matching complaint, or 422 when more than
    /// <see cref="ComplaintExportOptions.MaxRows"/> match (never silently cut).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportComplaints(
        Guid estateId, [AsParameters] ComplaintsFilter filter, IOptions<ComplaintExportOptions> options, [AsParameters] RepairsServices services,
        CancellationToken cancellationToken)
    {
        var complaints = filter.Apply(services.Db.Complaints.AsNoTracking(), estateId);
        var count = await complaints.CountAsync(cancellationToken);
        var max = options.Value.MaxRows;
        if (count > max)
        {
            throw new DomainException("complaint_export.too_many_rows",
                new($"符合条件的投诉有 {count} 件，超过导出上限 {max} 件，请按状态或是否重大缩小范围",
                    $"{count} complaints match, more than the {max} an export holds; narrow the list by status or major"));
        }
        var rows = await ComplaintsFilter.InListOrder(complaints).ToListAsync(cancellationToken);
        var bytes = await ComplaintsWorkbook.WriteAsync(rows, cancellationToken);
        var day = EstateCalendar.Day(services.Clock.GetUtcNow());
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"complaints-{day:yyyyMMdd}.xlsx");
    }

    public static async Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> GetComplaint(
        Guid estateId, Guid complaintId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var complaint = await services.Db.Complaints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == complaintId && c.EstateId == estateId, cancellationToken);
        return complaint is null ? ApiProblems.NotFound(RepairProblems.Complaint, complaintId) : TypedResults.Ok(ComplaintResponse.From(complaint));
    }
}
