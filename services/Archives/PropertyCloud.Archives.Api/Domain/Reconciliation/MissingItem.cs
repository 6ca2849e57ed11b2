using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Reconciliation;

/// <summary>
/// A document found missing at a reconciliation: an open item for the estate manager until it is resolved as found
/// again or written off as lost, with a note either way.
/// </summary>
public sealed class MissingItem
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid FileId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid ReconciliationId { get; private set; }
    public string Month { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? IndexNumber { get; private set; }
    public string Note { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public MissingItemOutcome? Outcome { get; private set; }
    public string? ResolutionNote { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    private MissingItem() { }

    internal static MissingItem Record(FileReconciliation reconciliation, ChecklistItem item, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = reconciliation.EstateId,
        FileId = reconciliation.FileId,
        DocumentId = item.DocumentId,
        ReconciliationId = reconciliation.Id,
        Month = reconciliation.Month,
        Title = item.Title,
        IndexNumber = item.IndexNumber,
        Note = item.Note ?? "",
        RecordedAt = now,
    };

    public void Resolve(MissingItemOutcome outcome, string note, string resolvedBy, DateTimeOffset now)
    {
        if (Outcome is not null)
        {
            throw new DomainException("missing_item.already_resolved", new("该缺失项已处理", "This missing item has already been resolved"));
        }
        (Outcome, ResolutionNote, ResolvedBy, ResolvedAt) = (outcome, note.Trim(), resolvedBy, now);
    }
}
