namespace PropertyCloud.Residents.Api.Domain.Imports;

/// <summary>
/// A register file (CSV or XLSX) uploaded for an estate moving onto the platform. Any instance may claim it;
/// it is imported all or nothing, and its progress is visible while it runs.
/// </summary>
public sealed class ImportJob
{
    public const int MaxErrorsKept = 500;

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string FileName { get; private set; } = "";
    public RegisterFileFormat Format { get; private set; }

    /// <summary>The uploader's language, so that row errors read in it.</summary>
    public string Culture { get; private set; } = "zh-CN";
    public string RequestedBy { get; private set; } = "";
    public ImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int ErrorCount { get; private set; }
    public List<ImportError> Errors { get; private set; } = [];
    public int BuildingsCreated { get; private set; }
    public int UnitsCreated { get; private set; }
    public int OwnersCreated { get; private set; }
    public int TenanciesCreated { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? HeartbeatAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is ImportStatus.Completed or ImportStatus.Rejected;

    private ImportJob() { }

    public static ImportJob Upload(Guid estateId, string fileName, RegisterFileFormat format, string culture, string requestedBy,
        DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = estateId, FileName = fileName, Format = format, Culture = culture,
        RequestedBy = requestedBy, Status = ImportStatus.Pending, RequestedAt = now,
    };

    public void Progress(ImportStatus status, int processed, int total, DateTimeOffset now)
    {
        Status = status;
        ProcessedRows = processed;
        TotalRows = total;
        HeartbeatAt = now;
    }

    public void Reject(IReadOnlyCollection<ImportError> errors, int totalRows, DateTimeOffset now)
    {
        Status = ImportStatus.Rejected;
        ErrorCount = errors.Count;
        Errors = [.. errors.Take(MaxErrorsKept)];
        Finish(totalRows, now);
    }

    public void Complete(int buildings, int units, int owners, int tenancies, int totalRows, DateTimeOffset now)
    {
        Status = ImportStatus.Completed;
        (BuildingsCreated, UnitsCreated, OwnersCreated, TenanciesCreated) = (buildings, units, owners, tenancies);
        Finish(totalRows, now);
    }

    private void Finish(int totalRows, DateTimeOffset now)
    {
        TotalRows = ProcessedRows = totalRows;
        FinishedAt = HeartbeatAt = now;
    }
}
