using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>The borrower never approves their own request.</summary>
internal static class NobodyApprovesTheirOwnLoan
{
    public static void Check(Loan loan, Approver approver)
    {
        if (loan.BorrowerId == approver.Id)
        {
            throw new DomainException("loan.self_approval",
                new("不得审批本人的借阅申请", "Nobody may approve their own loan request"));
        }
    }
}
