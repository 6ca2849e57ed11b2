using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>The desk's complaint-list filters, shared by its list and its XLSX export so both always mean the same complaints.</summary>
public sealed record ComplaintsFilter(ComplaintStatus? Status, bool? Major)
{
    /// <summary>The estate's complaints that match.</summary>
    public IQueryable<Complaint> Apply(IQueryable<Complaint> complaints, Guid estateId)
    {
        var query = complaints.Where(c => c.EstateId == estateId);
        query = Status is null ? query : query.Where(c => c.Status == Status);
        return Major is null ? query : query.Where(c => c.IsMajor == Major);
    }

    /// <summary>The list's order: major complaints first, then the oldest.</summary>
    public static IOrderedQueryable<Complaint> InListOrder(IQueryable<Complaint> complaints) =>
        complaints.OrderByDescending(c => c.IsMajor).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id);
}
