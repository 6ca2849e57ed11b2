using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>An uploaded meter sheet and how far it has got: lines done of the total, and how many were recorded, already there or refused.</summary>
public sealed record MeterImportJobResponse(
    Guid Id, Guid EstateId, string Period, string FileName, MeterSheetFormat Format, MeterImportStatus Status, int TotalRows,
    int ProcessedRows, int PercentDone, int RecordedRows, int AlreadyRecordedRows, int RefusedRows, string? Problem, string RequestedBy,
    DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt)
{
    public static MeterImportJobResponse From(MeterImportJob j) => new(
        j.Id, j.EstateId, j.Period, j.FileName, j.Format, j.Status, j.TotalRows, j.ProcessedRows,
        j.IsFinished ? 100 : j.TotalRows == 0 ? 0 : (int)(99L * j.ProcessedRows / j.TotalRows),
        j.RecordedRows, j.AlreadyRecordedRows, j.RefusedRows, j.Problem, j.RequestedBy, j.RequestedAt, j.FinishedAt);
}

/// <summary>One line of the sheet: recorded (with the reading's id), already recorded, or refused with the rule's code, message and field.</summary>
public sealed record MeterImportRowResponse(
    int Line, string Unit, MeterKind? Meter, decimal? Reading, MeterImportOutcome Outcome, Guid? ReadingId, string? Code, string? Message,
    string? Field)
{
    public static MeterImportRowResponse From(MeterImportRow r) =>
        new(r.Line, r.Unit, r.Meter, r.Reading, r.Outcome, r.ReadingId, r.Code, r.Message, r.Field);
}
