namespace PropertyCloud.Web.Api.Residents;

/// <summary>
/// An import of an estate's register file (a long job on the Residents service). Status: Pending, Validating, Writing,
/// Completed, Rejected; the list leaves <see cref="Errors"/> empty, the job itself carries them.
/// </summary>
public sealed record RegisterImport(
    Guid Id, Guid EstateId, string FileName, string Format, string Status, int TotalRows, int ProcessedRows, int PercentDone,
    int ErrorCount, IReadOnlyList<RegisterImportError> Errors, int BuildingsCreated, int UnitsCreated, int OwnersCreated,
    int TenanciesCreated, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt)
{
    public bool IsFinished => Status is "Completed" or "Rejected";
}

/// <summary>Why a row was refused: its line in the file (the header is line 1), the column and the message.</summary>
public sealed record RegisterImportError(int Line, string Column, string Message);
