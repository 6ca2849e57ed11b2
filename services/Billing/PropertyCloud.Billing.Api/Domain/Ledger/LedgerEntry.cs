namespace PropertyCloud.Billing.Api.Domain.Ledger;

/// <summary>One side of a posting in an estate's ledger; append-only.</summary>
public sealed class LedgerEntry
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }

    /// <summary>Entries of one posting share this id; their debits equal their credits.</summary>
    public Guid TransactionId { get; private set; }
    public LedgerAccount Account { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }
    public string Source { get; private set; } = "";
    public Guid SourceId { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }

    private LedgerEntry() { }

    internal static LedgerEntry Of(Guid estateId, Guid transactionId, LedgerAccount account, decimal debit, decimal credit,
        string source, Guid sourceId, DateTimeOffset postedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        TransactionId = transactionId,
        Account = account,
        Debit = debit,
        Credit = credit,
        Source = source,
        SourceId = sourceId,
        PostedAt = postedAt,
    };
}
