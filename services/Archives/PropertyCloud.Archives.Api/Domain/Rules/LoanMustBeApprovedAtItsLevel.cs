using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>A loan is approved by the approver of the document's confidentiality level, no one else (003 篇5 5.6.4).</summary>
internal static class LoanMustBeApprovedAtItsLevel
{
    public static void Check(Loan loan, Approver approver)
    {
        var role = LoanApprovers.RoleFor(loan.Level);
        if (!approver.Roles.Contains(role))
        {
            var (chinese, english) = LoanApprovers.TitleFor(loan.Level);
            throw new DomainException("loan.wrong_approval_level",
                new($"{loan.Level}级档案的借阅须由{chinese}（{role}）审批",
                    $"A loan of a level {loan.Level} document must be approved by {english} ({role})"));
        }
    }
}
