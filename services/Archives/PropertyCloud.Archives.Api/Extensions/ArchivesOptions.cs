namespace PropertyCloud.Archives.Api.Extensions;

/// <summary>Configuration section "Archives".</summary>
public sealed class ArchivesOptions
{
    public const long DefaultMaxDocumentBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Folder of the file-system document store. Every instance must see the same content, so with more than one
    /// instance this is a shared volume (or the store is replaced by object storage).
    /// </summary>
    public string DocumentRoot { get; set; } = Path.Combine(Path.GetTempPath(), "propertycloud", "archives", "documents");

    /// <summary>Largest document accepted (50 MB).</summary>
    public long MaxDocumentBytes { get; set; } = DefaultMaxDocumentBytes;

    /// <summary>How often overdue loans and the monthly loan report are looked for.</summary>
    public TimeSpan LoanWatchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
