using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Domain.Search;

/// <summary>
/// What full-text search looks in for one document: its title, index number, category and the text extracted from
/// its current version. Kept apart from the document so lists never load the text.
/// </summary>
public sealed class DocumentSearchEntry
{
    public Guid DocumentId { get; private set; }
    public Guid EstateId { get; private set; }
    public int Version { get; private set; }
    public string SearchText { get; private set; } = "";

    /// <summary>Whether any text came out of the content itself (a scanned PDF or an image has none).</summary>
    public bool HasContentText { get; private set; }

    /// <summary>
    /// When text was last taken from the content (an attempt that found none counts); null for documents filed before
    /// extraction existed, which <c>MissingTextExtractor</c> then tries once.
    /// </summary>
    public DateTimeOffset? TextExtractedAt { get; private set; }

    /// <summary>Why that one attempt failed (content missing or corrupted, unreadable file); it is not tried again.</summary>
    public string? ExtractionFailure { get; private set; }

    public const int MaxFailureLength = 500;

    private DocumentSearchEntry() { }

    public static DocumentSearchEntry For(ArchiveDocument document, string categoryLabel, string extractedText, DateTimeOffset now)
    {
        var entry = new DocumentSearchEntry { DocumentId = document.Id, EstateId = document.EstateId };
        entry.Update(document, categoryLabel, extractedText, now);
        return entry;
    }

    public void Update(ArchiveDocument document, string categoryLabel, string extractedText, DateTimeOffset now)
    {
        TextExtractedAt = now;
        ExtractionFailure = null;
        Version = document.CurrentVersion;
        HasContentText = extractedText.Length > 0;
        SearchText = Normalise(string.Join('\n', document.Title, document.IndexNumber ?? "", categoryLabel, document.Category.ToString(), extractedText));
    }

    /// <summary>The one attempt at the content failed: the entry keeps its metadata and says why, and is not tried again.</summary>
    public void RecordExtractionFailed(string reason, DateTimeOffset now)
    {
        TextExtractedAt = now;
        ExtractionFailure = reason.Length > MaxFailureLength ? reason[..MaxFailureLength] : reason;
    }

    /// <summary>
    /// NFKC, for the index and for queries alike: PDF fonts often map glyphs to Kangxi radicals (⽔ for 水) and
    /// full-width forms, which must match what people type.
    /// </summary>
    public static string Normalise(string text) => text.Normalize(System.Text.NormalizationForm.FormKC);
}
