namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>One uploaded content of a document; the bytes live in the document store under <see cref="Sha256"/>.</summary>
public sealed class DocumentVersion
{
    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public int Number { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: its address in the store and the check on every read.</summary>
    public string Sha256 { get; private set; } = "";
    public long Length { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";

    /// <summary>When the content of this version of a destroyed document was released from the store; its hash stays.</summary>
    public DateTimeOffset? ContentPurgedAt { get; private set; }

    private DocumentVersion() { }

    public void MarkContentPurged(DateTimeOffset now) => ContentPurgedAt ??= now;

    internal static DocumentVersion Create(Guid documentId, int number, StoredContent content, string uploadedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        DocumentId = documentId,
        Number = number,
        Sha256 = content.Sha256,
        Length = content.Length,
        FileName = content.FileName,
        ContentType = content.ContentType,
        UploadedAt = now,
        UploadedBy = uploadedBy,
    };
}
