using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Destruction;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.UnitTests;

public sealed class DestructionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly Signatory Clerk1 = new("clerk-1", "王芳");
    private static readonly Signatory Clerk2 = new("clerk-2", "李明");

    [Fact]
    public void Batch_ActedAndWitnessedByTwoPeople_DestroysItsDocuments()
    {
        var document = DueDocument();
        var batch = ApprovedBatch(document);
        batch.Act(Clerk1, Now);

        batch.Witness(Clerk2, [document], Now);

        Assert.Equal(DestructionStatus.Destroyed, batch.Status);
        Assert.Equal(("王芳", "赵经理", "王芳", "李明"), (batch.ProposedByName, batch.ApprovedByName, batch.ActedByName, batch.WitnessedByName));
        Assert.Equal(Now, document.DestroyedAt);
        Assert.Equal(batch.Id, document.DestructionBatchId);
    }

    [Fact]
    public void Witness_BySamePersonWhoActed_IsRefused()
    {
        var document = DueDocument();
        var batch = ApprovedBatch(document);
        batch.Act(Clerk1, Now);

        Assert.Equal("destruction.same_person", Assert.Throws<DomainException>(() => batch.Witness(Clerk1, [document], Now)).Code);
        Assert.Null(document.DestroyedAt);
    }

    [Fact]
    public void Witness_BeforeAnyoneActed_IsRefused()
    {
        var document = DueDocument();
        var batch = ApprovedBatch(document);

        Assert.Equal("destruction.wrong_state", Assert.Throws<DomainException>(() => batch.Witness(Clerk2, [document], Now)).Code);
    }

    [Fact]
    public void Propose_DocumentUnderLegalHold_IsRefused()
    {
        var document = DueDocument();
        document.PlaceLegalHold("诉讼保全");

        Assert.Equal("document.legal_hold", Assert.Throws<DomainException>(() => DestructionBatch.Propose(document.EstateId, [document], Clerk1, Now)).Code);
        Assert.False(document.IsDueForDestruction(Now));
    }

    [Fact]
    public void Witness_WhenAHoldCameAfterApproval_IsRefused()
    {
        var document = DueDocument();
        var batch = ApprovedBatch(document);
        batch.Act(Clerk1, Now);
        document.PlaceLegalHold("审计调阅");

        Assert.Equal("document.legal_hold", Assert.Throws<DomainException>(() => batch.Witness(Clerk2, [document], Now)).Code);
    }

    [Fact]
    public void Propose_DocumentWithinRetention_IsRefused()
    {
        var document = Document(originalFiledAt: Now.AddYears(-29));

        Assert.Equal("document.retention_not_over",
            Assert.Throws<DomainException>(() => DestructionBatch.Propose(document.EstateId, [document], Clerk1, Now)).Code);
    }

    [Fact]
    public void Approve_ByTheProposer_IsRefused()
    {
        var document = DueDocument();
        var batch = DestructionBatch.Propose(document.EstateId, [document], Clerk1, Now);

        Assert.Equal("destruction.self_approval", Assert.Throws<DomainException>(() => batch.Approve(Clerk1, Now)).Code);
    }

    [Fact]
    public void File_WithAnOriginalFiledInTheFuture_IsRefused() =>
        Assert.Equal("originalFiledAt", Assert.Throws<DomainException>(() => Document(originalFiledAt: Now.AddDays(1))).Field);

    private static DestructionBatch ApprovedBatch(ArchiveDocument document)
    {
        var batch = DestructionBatch.Propose(document.EstateId, [document], Clerk1, Now);
        batch.Approve(new("manager", "赵经理"), Now);
        return batch;
    }

    private static ArchiveDocument DueDocument() => Document(originalFiledAt: Now.AddYears(-31));

    private static ArchiveDocument Document(DateTimeOffset originalFiledAt)
    {
        var file = CustomerFile.OpenForUnit(Guid.NewGuid(), Guid.NewGuid(), "1栋", "2", 8, "802", Now);
        return ArchiveDocument.File(file, new DocumentDetails("购房合同", DocumentCategory.Contract, ConfidentialityLevel.B, null, null, originalFiledAt),
            new StoredContent(new string('a', 64), 10, "a.pdf", "application/pdf"), "clerk", Now);
    }
}
