namespace PropertyCloud.Billing.Api.Domain.Ledger;

/// <summary>
/// A double-entry posting being built: it only yields entries when debits equal credits, and it never
/// spans two estates (one estate per posting, by construction).
/// </summary>
public sealed class LedgerPosting(Guid estateId, string source, Guid sourceId, DateTimeOffset postedAt)
{
    private readonly Guid _transactionId = Guid.CreateVersion7();
    private readonly List<LedgerEntry> _entries = [];

    public LedgerPosting Debit(LedgerAccount account, decimal amount) => Add(account, amount, 0);

    public LedgerPosting Credit(LedgerAccount account, decimal amount) => Add(account, 0, amount);

    /// <summary>The balanced entries; throws if the posting does not balance (a bug, never a user error).</summary>
    public IReadOnlyList<LedgerEntry> Entries()
    {
        var debits = _entries.Sum(e => e.Debit);
        var credits = _entries.Sum(e => e.Credit);
        if (debits != credits)
        {
            throw new InvalidOperationException($"Unbalanced {source} posting {sourceId}: debits {debits}, credits {credits}.");
        }
        return _entries;
    }

    private LedgerPosting Add(LedgerAccount account, decimal debit, decimal credit)
    {
        if (debit < 0 || credit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(debit), "Ledger amounts are never negative; swap the side instead.");
        }
        if (debit != 0 || credit != 0)
        {
            _entries.Add(LedgerEntry.Of(estateId, _transactionId, account, debit, credit, source, sourceId, postedAt));
        }
        return this;
    }
}
