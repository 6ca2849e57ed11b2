using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>Each step of a loan follows the one before it: approve a request, check in an approved loan.</summary>
internal static class LoanMustBeIn
{
    public static void Check(Loan loan, LoanStatus expected)
    {
        if (loan.Status != expected)
        {
            throw new DomainException("loan.wrong_state",
                new($"借阅当前状态为 {loan.Status}，此操作要求 {expected}", $"The loan is {loan.Status}; this needs it to be {expected}"));
        }
    }
}
