namespace PropertyCloud.Web.Api.Archives;

/// <summary>A file's monthly reconciliation (月度核对): one checklist line per document in the file.</summary>
public sealed record Reconciliation(Guid Id, Guid FileId, string Month, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt,
    string? CompletedBy, IReadOnlyList<ChecklistItem> Items, string? FileNumber = null, int OpenMissingCount = 0)
{
    public int MissingCount => Items.Count(i => i.Present == false);
}

/// <summary>A line of the checklist; Present is unset until the reconciliation is completed.</summary>
public sealed record ChecklistItem(Guid DocumentId, string Title, string? IndexNumber, bool? Present, string? Note);

/// <summary>What the clerk found for one line.</summary>
public sealed record CheckResult(Guid DocumentId, bool Present, string? Note);

/// <summary>Every line's result, sent to complete a reconciliation.</summary>
public sealed record ReconciliationCompletion(IReadOnlyList<CheckResult> Results);
