using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Reconciliation;

/// <summary>
/// The monthly reconciliation (月度核对) of one file: a checklist drawn from its contents list, every line checked
/// present or missing. It completes only when every line is checked; each missing line becomes an open
/// <see cref="MissingItem"/> for the estate manager, so nothing is dropped silently.
/// </summary>
public sealed class FileReconciliation
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid FileId { get; private set; }

    /// <summary>"yyyy-MM", estate-local.</summary>
    public string Month { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletedBy { get; private set; }
    public List<ChecklistItem> Items { get; private set; } = [];

    public ReconciliationStatus Status => CompletedAt is null ? ReconciliationStatus.Pending : ReconciliationStatus.Completed;

    private FileReconciliation() { }

    public static FileReconciliation Start(Guid estateId, Guid fileId, string month, IEnumerable<ChecklistItem> contents, string startedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        FileId = fileId,
        Month = month,
        StartedAt = now,
        StartedBy = startedBy,
        Items = [.. contents],
    };

    /// <summary>Records every line's result and returns the missing items to escalate.</summary>
    public IReadOnlyList<MissingItem> Complete(IReadOnlyCollection<CheckResult> results, string completedBy, DateTimeOffset now)
    {
        if (CompletedAt is not null)
        {
            throw new DomainException("reconciliation.already_completed", new($"{Month} 的核对已完成", $"The {Month} reconciliation is already complete"));
        }
        var byDocument = results.GroupBy(r => r.DocumentId).ToDictionary(g => g.Key, g => g.Last());
        var notChecked = Items.Where(i => !byDocument.ContainsKey(i.DocumentId)).ToList();
        if (notChecked.Count > 0)
        {
            throw new DomainException("reconciliation.items_unchecked",
                new($"还有 {notChecked.Count} 项未核对：{string.Join("、", notChecked.Select(i => i.Title))}",
                    $"{notChecked.Count} items are not checked: {string.Join(", ", notChecked.Select(i => i.Title))}"), "results");
        }
        var strangers = byDocument.Keys.Except(Items.Select(i => i.DocumentId)).ToList();
        if (strangers.Count > 0)
        {
            throw new DomainException("reconciliation.not_on_contents_list",
                new("核对结果中有不在文件清单上的文件", "Results name documents that are not on the contents list"), "results");
        }
        if (byDocument.Values.Any(r => !r.Present && string.IsNullOrWhiteSpace(r.Note)))
        {
            throw new DomainException("reconciliation.missing_unexplained",
                new("缺失的文件须记录查找情况", "Each missing item must record what was looked for"), "results");
        }
        Items = [.. Items.Select(i => i with { Present = byDocument[i.DocumentId].Present, Note = byDocument[i.DocumentId].Note?.Trim() })];
        CompletedAt = now;
        CompletedBy = completedBy;
        return [.. Items.Where(i => i.Present == false).Select(i => MissingItem.Record(this, i, now))];
    }
}
