using PropertyCloud.Billing.Api.Domain.Ledger;

namespace PropertyCloud.Billing.Api.Apis;

public sealed record AccountBalance(LedgerAccount Account, decimal Debit, decimal Credit, decimal Balance);

/// <summary>An estate's trial balance (试算平衡表): total debits equal total credits when the ledger is sound.</summary>
public sealed record TrialBalanceResponse(Guid EstateId, IReadOnlyList<AccountBalance> Accounts, decimal TotalDebit, decimal TotalCredit)
{
    public bool Balanced => TotalDebit == TotalCredit;
}
