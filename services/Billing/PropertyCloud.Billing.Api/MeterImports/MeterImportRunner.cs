using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Runs one claimed meter sheet: reads the file, then records or refuses its lines in chunks — each chunk's readings and
/// outcomes in one transaction — and updates the job's running counts after each, so its progress shows while it runs.
/// </summary>
public sealed partial class MeterImportRunner(BillingDb db, TimeProvider clock, ILogger<MeterImportRunner> logger)
{
    public const int ChunkSize = 200;
    private const int Attempts = 3;

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.MeterImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
        var file = await db.MeterImportFiles.AsNoTracking().SingleOrDefaultAsync(f => f.MeterImportJobId == jobId, cancellationToken);
        if (job.IsFinished)
        {
            return;
        }
        var culture = CultureInfo.GetCultureInfo(job.Culture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        var started = clock.GetTimestamp();

        if (file is null)
        {
            await FailAsync(jobId, new("上传的文件已不在，请重新上传", "The uploaded file is gone; upload it again"), cancellationToken);
            return;
        }
        IReadOnlyList<MeterSheetLine> lines;
        try
        {
            lines = MeterSheet.Read(file.Content, job.Format);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException)
        {
            LogUnreadable(unreadable, jobId, job.Format);
            await FailAsync(jobId, UnreadableSheet.Reason(MeterSheet.Kind(job.Format)), cancellationToken);
            return;
        }
        var units = await UnitsByLabelAsync(job.EstateId, cancellationToken);
        var chunk = new MeterImportChunk(db, job, units, clock);
        // A reclaimed job resumes after the lines done before; from here on the counts are kept, not read again.
        var counts = await CountAsync(jobId, cancellationToken);
        await ReportAsync(jobId, lines.Count, counts, cancellationToken);
        foreach (var part in lines.Chunk(ChunkSize))
        {
            counts += await RecordAsync(chunk, part, cancellationToken);
            await ReportAsync(jobId, lines.Count, counts, cancellationToken);
        }
        // Read once more: an instance that reclaimed this job meanwhile may have done some of the lines.
        counts = await CountAsync(jobId, cancellationToken);
        await MeterImportJobs.FinishAsync(db, jobId, j =>
        {
            j.Progress(lines.Count, counts.Recorded, counts.AlreadyRecorded, counts.Refused, clock.GetUtcNow());
            j.Complete(clock.GetUtcNow());
        }, cancellationToken);
        LogImported(jobId, lines.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }

    private Task FailAsync(Guid jobId, LocalizedText problem, CancellationToken cancellationToken) =>
        MeterImportJobs.FinishAsync(db, jobId, j => j.Fail(problem.ToString(), clock.GetUtcNow()), cancellationToken);

    private async Task<Dictionary<string, BillableUnit>> UnitsByLabelAsync(Guid estateId, CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, BillableUnit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in await db.Units.AsNoTracking().Where(u => u.EstateId == estateId).ToListAsync(cancellationToken))
        {
            units.TryAdd(unit.Label, unit);
            units.TryAdd(unit.RoomName, unit);
        }
        return units;
    }

    /// <summary>
    /// Records one chunk and returns the counts of the lines it recorded or refused; when a reading of the same meter and
    /// period or an outcome of the same line was written meanwhile (by hand, by the same sheet uploaded again, or by an
    /// instance that reclaimed this job), the chunk is done again and then finds it there.
    /// </summary>
    private static async Task<MeterImportCounts> RecordAsync(MeterImportChunk chunk, IReadOnlyList<MeterSheetLine> lines,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return MeterImportCounts.Of(await chunk.RecordAsync(lines, cancellationToken));
            }
            catch (DbUpdateException duplicate) when (attempt < Attempts
                && duplicate.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
            }
        }
    }

    private async Task<MeterImportCounts> CountAsync(Guid jobId, CancellationToken cancellationToken) => MeterImportCounts.Of(
        await db.MeterImportRows.Where(r => r.MeterImportJobId == jobId).GroupBy(r => r.Outcome)
            .Select(g => new { Outcome = g.Key, Rows = g.Count() }).ToDictionaryAsync(c => c.Outcome, c => c.Rows, cancellationToken));

    private async Task ReportAsync(Guid jobId, int total, MeterImportCounts counts, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var job = await db.MeterImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        job.Progress(total, counts.Recorded, counts.AlreadyRecorded, counts.Refused, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Meter import {JobId}: the file cannot be read as {Format}")]
    private partial void LogUnreadable(Exception unreadable, Guid jobId, MeterSheetFormat format);

    [LoggerMessage(LogLevel.Information, "Meter import {JobId} done: {Rows} lines in {Milliseconds} ms")]
    private partial void LogImported(Guid jobId, int rows, long milliseconds);
}
