namespace PropertyCloud.Archives.Api.Domain.Audit;

/// <summary>
/// The single row naming the chain's last entry. Appends lock it (FOR UPDATE) so concurrent appends queue up, and
/// verification compares it with the last entry found, so deleting entries from the end is detected too.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; private set; }
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = AuditEntry.GenesisHash;

    private AuditChainHead() { }

    public static AuditChainHead Genesis() => new() { Id = SingletonId };

    public AuditEntry Append(AuditRecord record, DateTimeOffset now)
    {
        var entry = AuditEntry.Chain(LastSequence + 1, LastHash, record, now);
        LastSequence = entry.Sequence;
        LastHash = entry.Hash;
        return entry;
    }
}
