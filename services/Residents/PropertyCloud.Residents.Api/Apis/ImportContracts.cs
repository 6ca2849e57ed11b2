using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.Api.Apis;

public sealed record ImportJobResponse(
    Guid Id, Guid EstateId, string FileName, RegisterFileFormat Format, ImportStatus Status, int TotalRows, int ProcessedRows,
    int PercentDone, int ErrorCount, IReadOnlyList<ImportError> Errors, int BuildingsCreated, int UnitsCreated, int OwnersCreated,
    int TenanciesCreated, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt)
{
    public static ImportJobResponse From(ImportJob j, bool withErrors = true) => new(
        j.Id, j.EstateId, j.FileName, j.Format, j.Status, j.TotalRows, j.ProcessedRows,
        j.IsFinished ? 100 : j.TotalRows == 0 ? 0 : (int)(90L * j.ProcessedRows / j.TotalRows),
        j.ErrorCount, withErrors ? j.Errors : [], j.BuildingsCreated, j.UnitsCreated, j.OwnersCreated, j.TenanciesCreated,
        j.RequestedAt, j.FinishedAt);
}
