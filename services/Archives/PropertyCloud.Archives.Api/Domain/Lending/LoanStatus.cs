namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>Requested → Approved (loan registered, the item is out) → Returned (checked and closed).</summary>
public enum LoanStatus
{
    Requested,
    Approved,
    Returned,
}
