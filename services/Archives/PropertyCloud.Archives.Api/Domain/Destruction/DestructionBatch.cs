using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Rules;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Destruction;

/// <summary>
/// A destruction batch (销毁清册, 003 篇5 5.9): documents past retention, approved by someone other than the proposer,
/// destroyed by one person and witnessed by another; once witnessed it is the register entry.
/// </summary>
public sealed class DestructionBatch
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public List<Guid> DocumentIds { get; private set; } = [];
    public DestructionStatus Status { get; private set; }
    public string ProposedBy { get; private set; } = "";

    /// <summary>Display names as the signatories' tokens gave them at the time; null on batches from before names were kept.</summary>
    public string? ProposedByName { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public string? ApprovedByName { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? ActedBy { get; private set; }
    public string? ActedByName { get; private set; }
    public DateTimeOffset? ActedAt { get; private set; }
    public string? WitnessedBy { get; private set; }
    public string? WitnessedByName { get; private set; }
    public DateTimeOffset? DestroyedAt { get; private set; }

    private DestructionBatch() { }

    public static DestructionBatch Propose(Guid estateId, IReadOnlyCollection<ArchiveDocument> documents, Signatory proposer, DateTimeOffset now)
    {
        if (documents.Count == 0)
        {
            throw new DomainException("destruction.empty", new("销毁清册不能为空", "A destruction batch needs at least one document"), "documentIds");
        }
        foreach (var document in documents)
        {
            DocumentMayBeDestroyed.Check(document, now);
        }
        return new DestructionBatch
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            DocumentIds = [.. documents.Select(d => d.Id)],
            Status = DestructionStatus.Proposed,
            ProposedBy = proposer.Id,
            ProposedByName = proposer.Name,
            ProposedAt = now,
        };
    }

    public void Approve(Signatory approver, DateTimeOffset now)
    {
        MustBe(DestructionStatus.Proposed);
        if (approver.Id == ProposedBy)
        {
            throw new DomainException("destruction.self_approval", new("不得审批本人提出的销毁清册", "Nobody may approve a destruction batch they proposed"));
        }
        Status = DestructionStatus.Approved;
        ApprovedBy = approver.Id;
        ApprovedByName = approver.Name;
        ApprovedAt = now;
    }

    public void Act(Signatory actor, DateTimeOffset now)
    {
        MustBe(DestructionStatus.Approved);
        Status = DestructionStatus.Acted;
        ActedBy = actor.Id;
        ActedByName = actor.Name;
        ActedAt = now;
    }

    /// <summary>The second person confirms; the documents are marked destroyed, each checked again (a hold may have come since).</summary>
    public void Witness(Signatory witness, IReadOnlyCollection<ArchiveDocument> documents, DateTimeOffset now)
    {
        MustBe(DestructionStatus.Acted);
        if (witness.Id == ActedBy)
        {
            throw new DomainException("destruction.same_person",
                new("销毁须两人进行：监销人不能是执行人", "Destruction takes two people: the witness cannot be the one who destroyed"));
        }
        foreach (var document in documents)
        {
            document.Destroy(Id, now);
        }
        Status = DestructionStatus.Destroyed;
        WitnessedBy = witness.Id;
        WitnessedByName = witness.Name;
        DestroyedAt = now;
    }

    private void MustBe(DestructionStatus expected)
    {
        if (Status != expected)
        {
            throw new DomainException("destruction.wrong_state",
                new($"销毁清册当前状态为 {Status}，此操作要求 {expected}", $"The batch is {Status}; this needs it to be {expected}"));
        }
    }
}
