using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Domain.Rules;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Records or refuses a chunk of a sheet's lines by the rules of the single-reading endpoint (unknown unit, closed period,
/// one reading per period, never backwards unless replaced), loading the chunk's meter histories in one query.
/// </summary>
internal sealed class MeterImportChunk(BillingDb db, MeterImportJob job, IReadOnlyDictionary<string, BillableUnit> units, TimeProvider clock)
{
    /// <summary>Records the chunk's lines not done yet and returns their outcomes (none when every line was done before).</summary>
    public async Task<IReadOnlyList<MeterImportRow>> RecordAsync(IReadOnlyList<MeterSheetLine> lines, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var period = BillingPeriod.Parse(job.Period);
        var numbers = lines.Select(l => l.Line).ToList();
        var done = await db.MeterImportRows.Where(r => r.MeterImportJobId == job.Id && numbers.Contains(r.Line))
            .Select(r => r.Line).ToListAsync(cancellationToken);
        var todo = lines.Where(l => !done.Contains(l.Line)).ToList();
        if (todo.Count == 0)
        {
            return [];
        }
        var closed = await db.IsClosedAsync(job.EstateId, job.Period, cancellationToken);
        var history = await HistoryAsync(todo, cancellationToken);
        var now = clock.GetUtcNow();
        var outcomes = todo.Select(line => Record(line, period, closed, history, now)).ToList();
        db.MeterImportRows.AddRange(outcomes);
        await db.SaveChangesAsync(cancellationToken);
        return outcomes;
    }

    private MeterImportRow Record(MeterSheetLine line, BillingPeriod period, bool closed,
        Dictionary<(Guid, MeterKind), List<MeterReading>> history, DateTimeOffset now)
    {
        if (line.Problem is { } problem)
        {
            return MeterImportRow.Refused(job.Id, line, problem.Code, problem.Text.ToString(), problem.Field);
        }
        if (!units.TryGetValue(line.Unit, out var unit))
        {
            return MeterImportRow.Refused(job.Id, line, "meter_reading.unit_not_found", 
                new LocalizedText($"本小区没有房屋 {line.Unit}", $"There is no unit {line.Unit} in this estate").ToString(), "unit");
        }
        var meter = line.Meter!.Value;
        var reading = line.Reading!.Value;
        if (!history.TryGetValue((unit.Id, meter), out var readings))
        {
            history[(unit.Id, meter)] = readings = [];
        }
        try
        {
            PeriodMustBeOpen.Check(closed, job.Period, "period");
            if (readings.FirstOrDefault(r => r.Period == job.Period) is { } recorded)
            {
                return ReadingOncePerPeriod.IsSameReading(recorded, reading, line.IsReplacement)
                    ? MeterImportRow.Recorded(job.Id, line, recorded, alreadyThere: true)
                    : throw ReadingOncePerPeriod.AlreadyRecorded(job.Period);
            }
            var earlier = readings.Where(r => string.CompareOrdinal(r.Period, job.Period) < 0).Take(3).ToList();
            var added = MeterReading.Record(unit, meter, period, reading, line.IsReplacement, earlier.FirstOrDefault(),
                [.. earlier.Where(r => r.Consumption > 0).Select(r => r.Consumption)], now);
            db.MeterReadings.Add(added);
            readings.Insert(0, added);
            return MeterImportRow.Recorded(job.Id, line, added, alreadyThere: false);
        }
        catch (DomainException refusal)
        {
            return MeterImportRow.Refused(job.Id, line, refusal.Code, refusal.Text.ToString(), refusal.Field);
        }
    }

    /// <summary>Each meter's readings up to the job's period, latest first.</summary>
    private async Task<Dictionary<(Guid, MeterKind), List<MeterReading>>> HistoryAsync(
        IReadOnlyList<MeterSheetLine> lines, CancellationToken cancellationToken)
    {
        var unitIds = lines.Select(l => units.GetValueOrDefault(l.Unit)?.Id).OfType<Guid>().Distinct().ToList();
        var readings = await db.MeterReadings.AsNoTracking()
            .Where(r => unitIds.Contains(r.UnitId) && string.Compare(r.Period, job.Period) <= 0)
            .ToListAsync(cancellationToken);
        return readings.GroupBy(r => (r.UnitId, r.Meter))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Period, StringComparer.Ordinal).ToList());
    }
}
