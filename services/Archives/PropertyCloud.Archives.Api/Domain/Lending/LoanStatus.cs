namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>
/// Requested → Approved (loan registered, the item is out) → Returned (checked and closed); a copying request ends
/// Copied once its copies are registered.
/// </summary>
public enum LoanStatus
{
    Requested,
    Approved,
    Returned,
    Copied,
}
