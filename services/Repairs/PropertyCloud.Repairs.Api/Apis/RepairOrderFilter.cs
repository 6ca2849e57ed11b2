using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>The repair-order queue's filters, shared by its list and its XLSX export so both always mean the same orders.</summary>
public sealed record RepairOrderFilter(RepairOrderStatus? Status, RepairUrgency? Urgency, RepairCategory? Category, string? AssigneeId, bool? Overdue)
{
    /// <summary>The estate's orders that match; residents only ever see their own.</summary>
    public IQueryable<RepairOrder> Apply(IQueryable<RepairOrder> orders, Guid estateId, RepairsServices services, DateTimeOffset now)
    {
        var query = orders.Where(o => o.EstateId == estateId);
        if (services.IsResident)
        {
            query = query.Where(o => o.ReporterId == services.UserId);
        }
        query = Status is null ? query : query.Where(o => o.Status == Status);
        query = Urgency is null ? query : query.Where(o => o.Urgency == Urgency);
        query = Category is null ? query : query.Where(o => o.Category == Category);
        query = AssigneeId is null ? query : query.Where(o => o.AssigneeId == AssigneeId);
        // Spelled as EXISTS / NOT EXISTS rather than "EXISTS = @overdue", which PostgreSQL cannot turn into a semi-join.
        return Overdue switch
        {
            true => query.Where(o => o.Deadlines.Any(d => d.MetAt == null && !d.Paused && d.DueAt <= now)),
            false => query.Where(o => !o.Deadlines.Any(d => d.MetAt == null && !d.Paused && d.DueAt <= now)),
            null => query,
        };
    }
}
