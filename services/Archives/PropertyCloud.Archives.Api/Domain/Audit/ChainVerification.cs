namespace PropertyCloud.Archives.Api.Domain.Audit;

/// <summary>Walks the chain in order and stops at the first entry that does not fit.</summary>
public sealed class ChainVerification
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditEntry.GenesisHash;

    public long EntriesChecked { get; private set; }
    public ChainBreak? FirstBreak { get; private set; }

    /// <summary>Checks the next entry; false once a break has been found.</summary>
    public bool Check(AuditEntry entry)
    {
        if (FirstBreak is not null)
        {
            return false;
        }
        if (entry.Sequence != _expectedSequence)
        {
            FirstBreak = new ChainBreak(_expectedSequence, "missing", $"entry {_expectedSequence} is missing (next found: {entry.Sequence})");
        }
        else if (entry.PreviousHash != _previousHash)
        {
            FirstBreak = new ChainBreak(entry.Sequence, "previous_hash_mismatch", "the entry does not point to the one before it");
        }
        else if (entry.ComputeHash() != entry.Hash)
        {
            FirstBreak = new ChainBreak(entry.Sequence, "altered", "the entry's content no longer matches its hash");
        }
        if (FirstBreak is not null)
        {
            return false;
        }
        EntriesChecked++;
        _expectedSequence++;
        _previousHash = entry.Hash;
        return true;
    }

    /// <summary>After the last entry: the head must name it, or entries were removed from the end.</summary>
    public void CheckHead(AuditChainHead head)
    {
        if (FirstBreak is null && (head.LastSequence != _expectedSequence - 1 || head.LastHash != _previousHash))
        {
            FirstBreak = new ChainBreak(_expectedSequence, "missing",
                $"the chain ends at entry {_expectedSequence - 1} but its head names entry {head.LastSequence}");
        }
    }
}
