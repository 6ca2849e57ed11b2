using PropertyCloud.Archives.Api.Domain.Files;
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

    /// <summary>A technical drawing owners may see (公开图纸); nothing else is ever public.</summary>
    public bool IsPublic { get; private set; }

    private ArchiveDocument() { }

    public static ArchiveDocument File(CustomerFile file, DocumentDetails details, StoredContent content, string filedBy, DateTimeOffset now) =>
        Create(file.EstateId, file.Id, details, content, filedBy, now);

    public static ArchiveDocument File(ArchiveFile file, DocumentDetails details, StoredContent content, string filedBy, DateTimeOffset now) =>
        Create(file.EstateId, file.Id, details, content, filedBy, now);

    private static ArchiveDocument Create(Guid estateId, Guid fileId, DocumentDetails details, StoredContent content, string filedBy, DateTimeOffset now)
    {
        OnlyPublicDrawingsArePublic.Check(details);
        var originalFiledAt = (details.OriginalFiledAt ?? now).ToUniversalTime(); // Npgsql stores timestamptz only from UTC values.
        if (originalFiledAt > now)
        {
            throw new DomainException("document.filed_in_future",
                new("原件归档日期不能晚于今天", "The original cannot have been filed in the future"), "originalFiledAt");
        }
        var retentionYears = details.RetentionYears ?? RetentionPeriods.DefaultYears(details.Category);
        var document = new ArchiveDocument
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            FileId = fileId,
            Title = details.Title.Trim(),
            Category = details.Category,
            Level = details.Level,
            RetentionYears = retentionYears,
            RetainUntil = originalFiledAt.AddYears(retentionYears),
            IndexNumber = details.IndexNumber,
            FiledAt = now,
            FiledBy = filedBy,
            IsPublic = details.Public,
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

    /// <summary>
    /// The unit changed hands: the previous owner's records are kept until <paramref name="reviewAt"/> (3 years after
    /// the transfer) and then come up for destruction review, unless their own retention ends sooner.
    /// </summary>
    public void KeepForPreviousOwnerUntil(DateTimeOffset reviewAt)
    {
        if (DestroyedAt is null && reviewAt < RetainUntil)
        {
            RetainUntil = reviewAt.ToUniversalTime();
        }
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
