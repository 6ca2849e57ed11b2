using PropertyCloud.Archives.Api.Domain.Reconciliation;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// The reconciliation list's filters, shared by the list and its XLSX export so both always mean the same reconciliations:
/// one month ("yyyy-MM") and/or one status; <c>Pending</c> gives those started but not yet completed, whatever their month.
/// </summary>
public sealed record ReconciliationFilter(string? Month, ReconciliationStatus? Status)
{
    public IQueryable<FileReconciliation> Apply(IQueryable<FileReconciliation> reconciliations, Guid estateId)
    {
        var query = reconciliations.Where(r => r.EstateId == estateId);
        if (Month is not null)
        {
            query = query.Where(r => r.Month == Month);
        }
        return Status switch
        {
            ReconciliationStatus.Pending => query.Where(r => r.CompletedAt == null),
            ReconciliationStatus.Completed => query.Where(r => r.CompletedAt != null),
            _ => query,
        };
    }

    /// <summary>The list's order: newest first.</summary>
    public static IOrderedQueryable<FileReconciliation> InListOrder(IQueryable<FileReconciliation> reconciliations) =>
        reconciliations.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id);
}
