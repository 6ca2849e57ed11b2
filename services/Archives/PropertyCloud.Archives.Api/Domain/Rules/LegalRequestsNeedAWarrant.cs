using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>
/// The police or a court see archive documents only on a warrant (number and issuing authority), recorded with the
/// request and verified by a custodian other than the requester before anyone approves.
/// </summary>
internal static class LegalRequestsNeedAWarrant
{
    public static void CheckRecorded(LoanTerms terms)
    {
        if (terms.RequestedFor == LoanRequester.Staff)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(terms.WarrantNumber))
        {
            throw Missing("warrantNumber", "须登记公检法机关的法律文书编号", "A police or court request must record the warrant's number");
        }
        if (string.IsNullOrWhiteSpace(terms.WarrantAuthority))
        {
            throw Missing("warrantAuthority", "须登记签发法律文书的机关", "A police or court request must record the authority that issued the warrant");
        }
    }

    public static void CheckVerifiable(Loan loan, string verifiedBy)
    {
        if (loan.RequestedFor == LoanRequester.Staff)
        {
            throw new DomainException("loan.no_warrant", new("该申请不是公检法调阅，没有法律文书可核验", "This is not a police or court request: there is no warrant to verify"));
        }
        if (loan.BorrowerId == verifiedBy)
        {
            throw new DomainException("loan.self_verification", new("登记人不得核验本人登记的法律文书", "Whoever recorded the request may not verify its warrant"));
        }
        if (loan.WarrantVerifiedAt is not null)
        {
            throw new DomainException("loan.warrant_already_verified", new("法律文书已核验", "The warrant has already been verified"));
        }
    }

    public static void CheckVerified(Loan loan)
    {
        if (loan.RequestedFor != LoanRequester.Staff && loan.WarrantVerifiedAt is null)
        {
            throw new DomainException("loan.warrant_not_verified",
                new("公检法调阅须先核验法律文书，方可审批", "A police or court request needs its warrant verified before approval"), "warrant");
        }
    }

    private static DomainException Missing(string field, string chinese, string english) => new("loan.warrant_required", new(chinese, english), field);
}
