using PropertyCloud.Archives.Api.Domain.Audit;

namespace PropertyCloud.Archives.UnitTests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Append_LinksEachEntryToTheOneBefore()
    {
        var (head, entries) = Chain(3);

        Assert.Equal(AuditEntry.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.Equal(3, head.LastSequence);
        Assert.Equal(entries[2].Hash, head.LastHash);
    }

    [Fact]
    public void Chain_TruncatesTimeToWhatPostgresKeeps()
    {
        var entry = AuditChainHead.Genesis().Append(Record(), Now.AddTicks(1234567));

        Assert.Equal(0, entry.OccurredAt.UtcTicks % 10);
    }

    [Fact]
    public void Verification_OfAnUntouchedChain_IsIntact()
    {
        var (head, entries) = Chain(5);

        var verification = Verify(head, entries);

        Assert.Null(verification.FirstBreak);
        Assert.Equal(5, verification.EntriesChecked);
    }

    [Fact]
    public void Verification_WhenAnEntryWasEdited_BreaksAtThatEntry()
    {
        var (head, entries) = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Details))!.SetValue(entries[2], "edited");

        var verification = Verify(head, entries);

        Assert.Equal(new ChainBreak(3, "altered", verification.FirstBreak!.Description), verification.FirstBreak);
    }

    [Fact]
    public void Verification_WhenAnEntryWasEditedAndRehashed_BreaksAtTheNextEntry()
    {
        var (head, entries) = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Details))!.SetValue(entries[2], "edited");
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Hash))!.SetValue(entries[2], entries[2].ComputeHash());

        var verification = Verify(head, entries);

        Assert.Equal(4, verification.FirstBreak!.Sequence);
        Assert.Equal("previous_hash_mismatch", verification.FirstBreak.Reason);
    }

    [Fact]
    public void Verification_WhenAnEntryWasDeleted_ReportsItMissing()
    {
        var (head, entries) = Chain(5);
        entries.RemoveAt(1);

        var verification = Verify(head, entries);

        Assert.Equal(2, verification.FirstBreak!.Sequence);
        Assert.Equal("missing", verification.FirstBreak.Reason);
    }

    [Fact]
    public void Verification_WhenTheLastEntryWasDeleted_ReportsItMissingAgainstTheHead()
    {
        var (head, entries) = Chain(5);
        entries.RemoveAt(4);

        var verification = Verify(head, entries);

        Assert.Equal(5, verification.FirstBreak!.Sequence);
        Assert.Equal("missing", verification.FirstBreak.Reason);
    }

    private static ChainVerification Verify(AuditChainHead head, IEnumerable<AuditEntry> entries)
    {
        var verification = new ChainVerification();
        foreach (var entry in entries)
        {
            if (!verification.Check(entry))
            {
                return verification;
            }
        }
        verification.CheckHead(head);
        return verification;
    }

    private static (AuditChainHead Head, List<AuditEntry> Entries) Chain(int length)
    {
        var head = AuditChainHead.Genesis();
        var entries = Enumerable.Range(0, length).Select(i => head.Append(Record(), Now.AddMinutes(i))).ToList();
        return (head, entries);
    }

    private static AuditRecord Record() =>
        new(Guid.NewGuid(), AuditActions.DocumentDownloaded, "u1", "档案员", Guid.NewGuid(), "level B; v1");
}
