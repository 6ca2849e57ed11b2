using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Runs one claimed meter sheet: reads the file, then records or refuses its lines in chunks — each chunk's readings and
/// outcomes in one transaction — and updates the job's counts after each, so its progress shows while it runs.
/// </summary>
internal sealed partial class MeterImportRunner(BillingDb db, TimeProvider clock, ILogger<MeterImportRunner> logger)
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

        IReadOnlyList<MeterSheetLine> lines;
        try
        {
            lines = file is null ? throw new InvalidDataException("file missing") : MeterSheet.Read(file.Content, job.Format);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException)
        {
            await ChangeJobAsync(jobId, j => j.Fail(new LocalizedText($"文件无法按 {job.Format} 格式读取：{unreadable.Message}",
                $"The file cannot be read as {job.Format}: {unreadable.Message}").ToString(), clock.GetUtcNow()), cancellationToken);
            return;
        }
        var units = await UnitsByLabelAsync(job.EstateId, cancellationToken);
        var chunk = new MeterImportChunk(db, job, units, clock);
        await ReportAsync(jobId, lines.Count, cancellationToken);
        foreach (var part in lines.Chunk(ChunkSize))
        {
            await RecordAsync(chunk, part, cancellationToken);
            await ReportAsync(jobId, lines.Count, cancellationToken);
        }
        await ChangeJobAsync(jobId, j => j.Complete(clock.GetUtcNow()), cancellationToken);
        LogImported(jobId, lines.Count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }

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
    /// Records one chunk; when a reading of the same meter and period or an outcome of the same line was written meanwhile
    /// (by hand, by the same sheet uploaded again, or by an instance that reclaimed this job), the chunk is done again
    /// and then finds it there.
    /// </summary>
    private static async Task RecordAsync(MeterImportChunk chunk, IReadOnlyList<MeterSheetLine> lines, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await chunk.RecordAsync(lines, cancellationToken);
                return;
            }
            catch (DbUpdateException duplicate) when (attempt < Attempts
                && duplicate.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
            }
        }
    }

    private async Task ReportAsync(Guid jobId, int total, CancellationToken cancellationToken)
    {
        var counts = await db.MeterImportRows.Where(r => r.MeterImportJobId == jobId).GroupBy(r => r.Outcome)
            .Select(g => new { Outcome = g.Key, Rows = g.Count() }).ToDictionaryAsync(c => c.Outcome, c => c.Rows, cancellationToken);
        await ChangeJobAsync(jobId, job => job.Progress(total, counts.GetValueOrDefault(MeterImportOutcome.Recorded),
            counts.GetValueOrDefault(MeterImportOutcome.AlreadyRecorded), counts.GetValueOrDefault(MeterImportOutcome.Refused),
            clock.GetUtcNow()), cancellationToken, keepFile: true);
    }

    private async Task ChangeJobAsync(Guid jobId, Action<MeterImportJob> change, CancellationToken cancellationToken, bool keepFile = false)
    {
        db.ChangeTracker.Clear();
        var job = await db.MeterImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        change(job);
        if (!keepFile)
        {
            await db.MeterImportFiles.Where(f => f.MeterImportJobId == jobId).ExecuteDeleteAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Meter import {JobId} done: {Rows} lines in {Milliseconds} ms")]
    private partial void LogImported(Guid jobId, int rows, long milliseconds);
}
