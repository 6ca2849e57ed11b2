namespace PropertyCloud.Archives.Api.Domain.Reconciliation;

/// <summary>Pending until every line of the checklist has been checked and the reconciliation completed.</summary>
public enum ReconciliationStatus
{
    Pending,
    Completed,
}
