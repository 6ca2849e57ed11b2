using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>
/// Each step of a loan follows the one before it: approve a request, check in an approved reading loan, register the
/// copies of an approved copying request.
/// </summary>
internal static class LoanMustBeIn
{
    public static void Check(Loan loan, LoanStatus expected, LoanKind? kind = null)
    {
        if (loan.Status != expected)
        {
            throw new DomainException("loan.wrong_state",
                new($"借阅当前状态为 {loan.Status}，此操作要求 {expected}", $"The loan is {loan.Status}; this needs it to be {expected}"));
        }
        if (kind is not null && loan.Kind != kind)
        {
            throw new DomainException("loan.wrong_kind",
                new(kind == LoanKind.Copying ? "只有复印申请可以登记复印份数" : "复印申请无需归还，请登记复印份数",
                    kind == LoanKind.Copying ? "Only a copying request registers copies" : "A copying request is not returned: register its copies"));
        }
    }
}
