namespace PropertyCloud.Billing.Api.Domain.MeterImports;

/// <summary>
/// A period's meter sheet (CSV or XLSX) uploaded for an estate. Any instance may claim it; each line is recorded or
/// refused on its own, and the counts are visible while it runs, so that the uploader may leave and come back.
/// </summary>
public sealed class MeterImportJob
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Period { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public MeterSheetFormat Format { get; private set; }

    /// <summary>The uploader's language, so that refusals read in it.</summary>
    public string Culture { get; private set; } = "zh-CN";
    public string RequestedBy { get; private set; } = "";
    public MeterImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int RecordedRows { get; private set; }
    public int AlreadyRecordedRows { get; private set; }
    public int RefusedRows { get; private set; }

    /// <summary>Why the file could not be read, when it <see cref="MeterImportStatus.Failed"/>.</summary>
    public string? Problem { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? HeartbeatAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is MeterImportStatus.Completed or MeterImportStatus.Failed;

    private MeterImportJob() { }

    public static MeterImportJob Upload(Guid estateId, BillingPeriod period, string fileName, MeterSheetFormat format, string culture,
        string requestedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = estateId, Period = period.ToString(), FileName = fileName, Format = format,
        Culture = culture, RequestedBy = requestedBy, Status = MeterImportStatus.Pending, RequestedAt = now,
    };

    /// <summary>Takes the counts of the rows done so far (a reclaimed job resumes after them).</summary>
    public void Progress(int total, int recorded, int alreadyRecorded, int refused, DateTimeOffset now)
    {
        Status = MeterImportStatus.Running;
        TotalRows = total;
        (RecordedRows, AlreadyRecordedRows, RefusedRows) = (recorded, alreadyRecorded, refused);
        ProcessedRows = recorded + alreadyRecorded + refused;
        HeartbeatAt = now;
    }

    public void Complete(DateTimeOffset now)
    {
        Status = MeterImportStatus.Completed;
        FinishedAt = HeartbeatAt = now;
    }

    public void Fail(string problem, DateTimeOffset now)
    {
        Status = MeterImportStatus.Failed;
        Problem = problem.Length > 2000 ? problem[..2000] : problem;
        FinishedAt = HeartbeatAt = now;
    }
}
