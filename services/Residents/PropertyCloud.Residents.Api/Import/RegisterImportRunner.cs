using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>
/// Runs one claimed import: reads the file, checks every row, and either rejects the whole file with its errors or
/// writes every row, its events and the job's completion in one transaction.
/// </summary>
internal sealed partial class RegisterImportRunner(
    ResidentsDb db, IdNumberProtector idNumbers, OutboxSignal outbox, TimeProvider clock, ILogger<RegisterImportRunner> logger)
{
    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        var file = await db.ImportFiles.SingleOrDefaultAsync(f => f.ImportJobId == jobId, cancellationToken);
        if (job.IsFinished || file is null)
        {
            return;
        }
        var culture = CultureInfo.GetCultureInfo(job.Culture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        var started = clock.GetTimestamp();

        var sheet = Read(job, file);
        if (sheet.HeaderErrors.Count > 0)
        {
            job.Reject(sheet.HeaderErrors, sheet.Rows.Count, clock.GetUtcNow());
            db.ImportFiles.Remove(file);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var total = sheet.Rows.Count;
        var read = clock.GetElapsedTime(started);
        await ReportAsync(job, ImportStatus.Validating, 0, total, cancellationToken);
        var existing = await ExistingRegister.LoadAsync(db, job.EstateId, cancellationToken);
        var planner = new RegisterImportPlanner(job.EstateId, existing, idNumbers, clock.GetUtcNow());
        await planner.PlanAsync(sheet.Rows, done => ReportAsync(job, ImportStatus.Validating, done, total, cancellationToken), cancellationToken);
        if (planner.Errors.Count > 0)
        {
            job.Reject(planner.Errors, total, clock.GetUtcNow());
            db.ImportFiles.Remove(file);
            await db.SaveChangesAsync(cancellationToken);
            LogRejected(job.Id, total, planner.Errors.Count);
            return;
        }
        var checkedAt = clock.GetElapsedTime(started);
        await ReportAsync(job, ImportStatus.Writing, total, total, cancellationToken);
        await WriteAsync(job, file, planner, total, cancellationToken);
        outbox.Notify();
        LogImported(job.Id, total, planner.Batch.Units.Count, planner.Batch.Owners.Count, (long)read.TotalMilliseconds,
            (long)(checkedAt - read).TotalMilliseconds, (long)(clock.GetElapsedTime(started) - checkedAt).TotalMilliseconds);
    }

    private RegisterSheet Read(ImportJob job, ImportFile file)
    {
        var kind = job.Format == RegisterFileFormat.Csv ? SpreadsheetKind.Csv : SpreadsheetKind.Xlsx;
        try
        {
            return RegisterSheet.Read(file.Content, job.Format);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException)
        {
            LogUnreadable(unreadable, job.Id, job.Format);
            var sheet = new RegisterSheet();
            sheet.HeaderErrors.Add(new ImportError(1, "", UnreadableSheet.Reason(kind).ToString()));
            return sheet;
        }
    }

    private async Task ReportAsync(ImportJob job, ImportStatus status, int done, int total, CancellationToken cancellationToken)
    {
        job.Progress(status, done, total, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task WriteAsync(ImportJob job, ImportFile file, RegisterImportPlanner planner, int total, CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Another instance that reclaimed a stalled job waits here, then finds it finished.
            var status = await db.Database.SqlQuery<string>($"SELECT status AS \"Value\" FROM import_jobs WHERE id = {job.Id} FOR UPDATE")
                .SingleAsync(cancellationToken);
            if (status is nameof(ImportStatus.Completed) or nameof(ImportStatus.Rejected))
            {
                return;
            }
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await planner.Batch.CopyAsync(connection, cancellationToken);
            await OutboxBulkWriter.WriteAsync(connection, planner.Events, cancellationToken);
            job.Complete(planner.Batch.Buildings.Count, planner.Batch.Units.Count, planner.Batch.Owners.Count, planner.Batch.Tenancies.Count,
                total, clock.GetUtcNow());
            db.ImportFiles.Remove(file);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    [LoggerMessage(LogLevel.Warning, "Import {JobId}: the file cannot be read as {Format}")]
    private partial void LogUnreadable(Exception unreadable, Guid jobId, RegisterFileFormat format);

    [LoggerMessage(LogLevel.Information, "Import {JobId} rejected: {Rows} rows, {Errors} errors")]
    private partial void LogRejected(Guid jobId, int rows, int errors);

    [LoggerMessage(LogLevel.Information,
        "Import {JobId} written: {Rows} rows, {Units} units, {Owners} owners; read {ReadMs} ms, checked {CheckMs} ms, written {WriteMs} ms")]
    private partial void LogImported(Guid jobId, int rows, int units, int owners, long readMs, long checkMs, long writeMs);
}
