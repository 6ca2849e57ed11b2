using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Domain.Filing;

namespace PropertyCloud.Archives.Api.Infrastructure.Filing;

/// <summary>
/// Files records into units' customer files, holding those whose unit has no file yet until it is opened.
/// Filing and opening a unit's file take the same per-unit transaction lock, so a record arriving while the file is
/// being opened is either seen by the opener or finds the file: it can never be left pending. Call inside a transaction.
/// </summary>
public sealed class UnitFiling(TimeProvider clock)
{
    public async Task<FilingOutcome> FileAsync(ArchivesDb db, FilingRequest request, CancellationToken cancellationToken)
    {
        await LockUnitAsync(db, request.UnitId, cancellationToken);
        if (await db.FileRecords.AnyAsync(r => r.SourceEventId == request.SourceEventId && r.RecordType == request.RecordType, cancellationToken))
        {
            return FilingOutcome.AlreadyFiled;
        }
        var file = await db.CustomerFiles.FirstOrDefaultAsync(f => f.UnitId == request.UnitId, cancellationToken);
        if (file is not null)
        {
            db.FileRecords.Add(FileRecord.FileInto(file, request, clock.GetUtcNow()));
            return FilingOutcome.Filed;
        }
        if (await db.PendingFilings.AnyAsync(p => p.SourceEventId == request.SourceEventId && p.RecordType == request.RecordType, cancellationToken))
        {
            return FilingOutcome.AlreadyHeld;
        }
        db.PendingFilings.Add(PendingFiling.Hold(request, clock.GetUtcNow()));
        return FilingOutcome.HeldUntilUnitExists;
    }

    /// <summary>Takes the unit's lock; call before deciding whether the unit's file exists.</summary>
    public static Task LockUnitAsync(ArchivesDb db, Guid unitId, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(unitId.ToByteArray(), 0);
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }

    /// <summary>Files everything held for the unit of a file just opened; returns how many records were filed.</summary>
    public async Task<int> FileHeldRecordsAsync(ArchivesDb db, CustomerFile file, CancellationToken cancellationToken)
    {
        var held = await db.PendingFilings.Where(p => p.UnitId == file.UnitId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var pending in held)
        {
            db.FileRecords.Add(FileRecord.FileInto(file, pending.ToRequest(), now));
        }
        db.PendingFilings.RemoveRange(held);
        return held.Count;
    }
}
