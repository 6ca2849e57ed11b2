namespace PropertyCloud.Web.Api.Billing;

/// <summary>
/// A period's meter sheet imported in the background by the Billing service. Status: Pending, Running, Completed, Failed
/// (the file could not be read; <see cref="Problem"/> says why).
/// </summary>
public sealed record MeterImport(
    Guid Id, Guid EstateId, string Period, string FileName, string Format, string Status, int TotalRows, int ProcessedRows,
    int PercentDone, int RecordedRows, int AlreadyRecordedRows, int RefusedRows, string? Problem, string RequestedBy,
    DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt)
{
    public bool IsFinished => Status is "Completed" or "Failed";
}

/// <summary>One line of an imported sheet. Outcome: Recorded, AlreadyRecorded or Refused (with the rule's message).</summary>
public sealed record MeterImportRow(int Line, string Unit, string? Meter, decimal? Reading, string Outcome, Guid? ReadingId, string? Code,
    string? Message, string? Field);
