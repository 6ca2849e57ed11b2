namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>
/// Confidentiality levels of 003 篇5 5.6.4: A (plans, financial reports, lawsuits), B (owner and staff files,
/// rules), C (technical drawings, regulations). Each level has its own loan approver, see <see cref="Lending.LoanApprovers"/>.
/// </summary>
public enum ConfidentialityLevel
{
    A,
    B,
    C,
}
