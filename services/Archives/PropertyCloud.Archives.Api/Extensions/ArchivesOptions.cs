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

    /// <summary>Days before a certificate's expiry at which a reminder goes out; default 30 and 7.</summary>
    public int[]? CertificateReminderDays { get; set; }

    public IReadOnlyList<int> CertificateReminderThresholds =>
        CertificateReminderDays is { Length: > 0 } days ? [.. days.Distinct().Order()] : [7, 30];

    /// <summary>How often certificates are checked for reminders.</summary>
    public TimeSpan CertificateScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the content of destroyed documents is looked for and removed from the store.</summary>
    public TimeSpan DestroyedContentPurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often documents whose text was never extracted (filed before extraction existed) are looked for.</summary>
    public TimeSpan TextExtractionInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most reconciliations one XLSX export holds (an estate's files over many years); a larger list is refused with 422
    /// (narrow it by month or status), never silently cut.
    /// </summary>
    public int ReconciliationExportMaxRows { get; set; } = 50_000;
}
