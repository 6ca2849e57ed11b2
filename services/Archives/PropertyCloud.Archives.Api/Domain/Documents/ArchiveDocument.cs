using PropertyCloud.Archives.Api.Domain.Rules;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>A typed document in a customer file, with its confidentiality, retention, paper location and versions.</summary>
public sealed class ArchiveDocument
{
    private readonly List<DocumentVersion> _versions = [];

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid FileId { get; private set; }
    public string Title { get; private set; } = "";
    public DocumentCategory Category { get; private set; }
    public ConfidentialityLevel Level { get; private set; }
    public int RetentionYears { get; private set; }

    /// <summary>Index number of the paper original (category-cabinet-shelf-box), if there is one.</summary>
    public string? IndexNumber { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public string FiledBy { get; private set; } = "";
    public int CurrentVersion { get; private set; }
    public IReadOnlyList<DocumentVersion> Versions => _versions;

    /// <summary>The end of the retention period, counted from the original's filing, after which destruction may be proposed.</summary>
    public DateTimeOffset RetainUntil { get; private set; }

    /// <summary>A legal hold (诉讼保全) keeps the document whatever its retention says.</summary>
    public string? LegalHoldReason { get; private set; }
    public DateTimeOffset? DestroyedAt { get; private set; }
    public Guid? DestructionBatchId { get; private set; }

    public bool UnderLegalHold => LegalHoldReason is not null;

    private ArchiveDocument() { }

    public static ArchiveDocument File(CustomerFile file, DocumentDetails details, StoredContent content, string filedBy, DateTimeOffset now)
    {
        var originalFiledAt = details.OriginalFiledAt ?? now;
        if (originalFiledAt > now)
        {
            throw new DomainException("document.filed_in_future",
                new("原件归档日期不能晚于今天", "The original cannot have been filed in the future"), "originalFiledAt");
        }
        var retentionYears = details.RetentionYears ?? RetentionPeriods.DefaultYears(details.Category);
        var document = new ArchiveDocument
        {
            Id = Guid.CreateVersion7(),
            EstateId = file.EstateId,
            FileId = file.Id,
            Title = details.Title.Trim(),
            Category = details.Category,
            Level = details.Level,
            RetentionYears = retentionYears,
            RetainUntil = originalFiledAt.AddYears(retentionYears),
            IndexNumber = details.IndexNumber,
            FiledAt = now,
            FiledBy = filedBy,
        };
        document.AddVersion(content, filedBy, now);
        return document;
    }

    /// <summary>A new upload never replaces the old content: it becomes version n+1.</summary>
    public DocumentVersion AddVersion(StoredContent content, string uploadedBy, DateTimeOffset now)
    {
        CurrentVersion++;
        var version = DocumentVersion.Create(Id, CurrentVersion, content, uploadedBy, now);
        _versions.Add(version);
        return version;
    }

    public void PlaceLegalHold(string reason) => LegalHoldReason = reason.Trim();

    public void ReleaseLegalHold() => LegalHoldReason = null;

    /// <summary>Due: retention over, not held, not yet destroyed.</summary>
    public bool IsDueForDestruction(DateTimeOffset now) => DestroyedAt is null && !UnderLegalHold && RetainUntil <= now;

    internal void Destroy(Guid batchId, DateTimeOffset now)
    {
        DocumentMayBeDestroyed.Check(this, now);
        DestroyedAt = now;
        DestructionBatchId = batchId;
    }

    /// <summary>Views and downloads of A and B documents are written to the audit log.</summary>
    public bool IsConfidential => Level is ConfidentialityLevel.A or ConfidentialityLevel.B;
}
