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
    public DateTimeOffset ProposedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? ActedBy { get; private set; }
    public DateTimeOffset? ActedAt { get; private set; }
    public string? WitnessedBy { get; private set; }
    public DateTimeOffset? DestroyedAt { get; private set; }

    private DestructionBatch() { }

    public static DestructionBatch Propose(Guid estateId, IReadOnlyCollection<ArchiveDocument> documents, string proposedBy, DateTimeOffset now)
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
            ProposedBy = proposedBy,
            ProposedAt = now,
        };
    }

    public void Approve(string approverId, DateTimeOffset now)
    {
        MustBe(DestructionStatus.Proposed);
        if (approverId == ProposedBy)
        {
            throw new DomainException("destruction.self_approval", new("不得审批本人提出的销毁清册", "Nobody may approve a destruction batch they proposed"));
        }
        Status = DestructionStatus.Approved;
        ApprovedBy = approverId;
        ApprovedAt = now;
    }

    public void Act(string actorId, DateTimeOffset now)
    {
        MustBe(DestructionStatus.Approved);
        Status = DestructionStatus.Acted;
        ActedBy = actorId;
        ActedAt = now;
    }

    /// <summary>The second person confirms; the documents are marked destroyed, each checked again (a hold may have come since).</summary>
    public void Witness(string witnessId, IReadOnlyCollection<ArchiveDocument> documents, DateTimeOffset now)
    {
        MustBe(DestructionStatus.Acted);
        if (witnessId == ActedBy)
        {
            throw new DomainException("destruction.same_person",
                new("销毁须两人进行：监销人不能是执行人", "Destruction takes two people: the witness cannot be the one who destroyed"));
        }
        foreach (var document in documents)
        {
            document.Destroy(Id, now);
        }
        Status = DestructionStatus.Destroyed;
        WitnessedBy = witnessId;
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
