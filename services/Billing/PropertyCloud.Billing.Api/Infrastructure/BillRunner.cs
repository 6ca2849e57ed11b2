using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Rules;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// Bills every unit of an estate for a period in one transaction. The run row is claimed first with
/// INSERT … ON CONFLICT (estate, period) DO NOTHING, so a second or concurrent run of the same period waits for the
/// first, finds its row and creates nothing; bills are additionally unique per (unit, period). Bills, their lines,
/// ledger postings and BillIssued outbox rows are written set-based with COPY (<see cref="BillRunCopyWriter"/>).
/// </summary>
public sealed class BillRunner(BillingDb db, TimeProvider clock, ILogger<BillRunner> logger)
{
    private static readonly IReadOnlyDictionary<MeterKind, decimal> NoConsumption = new Dictionary<MeterKind, decimal>();

    public async Task<BillRunOutcome> RunAsync(Guid estateId, BillingPeriod period, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            PeriodMustBeOpen.Check(await db.IsClosedAsync(estateId, period.ToString(), cancellationToken), period.ToString(), "period");
            var now = clock.GetUtcNow();
            var run = BillRun.Start(estateId, period, now);
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO bill_runs (id, estate_id, period, bill_count, total, run_at)
                VALUES ({run.Id}, {run.EstateId}, {run.Period}, 0, 0, {run.RunAt})
                ON CONFLICT (estate_id, period) DO NOTHING
                """, cancellationToken);
            if (claimed == 0)
            {
                var existing = await db.BillRuns.AsNoTracking()
                    .SingleAsync(r => r.EstateId == estateId && r.Period == run.Period, cancellationToken);
                return new BillRunOutcome(existing, Created: false);
            }

            var watch = Stopwatch.StartNew();
            var (bills, oneOffIds, repairIds) = await IssueBillsAsync(run, period, now, cancellationToken);
            var priced = watch.Elapsed;
            await BillRunCopyWriter.WriteAsync(db, bills, cancellationToken);
            var written = watch.Elapsed;
            await db.Database.ExecuteSqlAsync(
                $"UPDATE unit_charges SET billed_in_run_id = {run.Id} WHERE id = ANY({oneOffIds})", cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE repair_charges SET billed_in_run_id = {run.Id} WHERE repair_order_id = ANY({repairIds})", cancellationToken);
            run.Complete(bills.Count, bills.Sum(b => b.Amount));
            await db.Database.ExecuteSqlAsync(
                $"UPDATE bill_runs SET bill_count = {run.BillCount}, total = {run.Total} WHERE id = {run.Id}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Bill run {Period} of estate {EstateId}: {Bills} bills, priced in {Priced} ms, written in {Written} ms, committed at {Total} ms",
                run.Period, run.EstateId, run.BillCount, (long)priced.TotalMilliseconds, (long)(written - priced).TotalMilliseconds,
                (long)watch.Elapsed.TotalMilliseconds);
            return new BillRunOutcome(run, Created: true);
        });
    }

    private async Task<(List<Bill> Bills, Guid[] OneOffIds, Guid[] RepairIds)> IssueBillsAsync(BillRun run, BillingPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.EstateId == run.EstateId).ToListAsync(cancellationToken);
        var items = await db.ChargeItems.AsNoTracking().Where(i => i.EstateId == run.EstateId && i.Active)
            .OrderBy(i => i.Kind).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var readings = await db.MeterReadings.AsNoTracking().Where(r => r.EstateId == run.EstateId && r.Period == run.Period)
            .Select(r => new { r.UnitId, r.Meter, r.Consumption }).ToListAsync(cancellationToken);
        var consumption = readings.GroupBy(r => r.UnitId).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<MeterKind, decimal>)g.ToDictionary(r => r.Meter, r => r.Consumption));

        var unitCharges = await db.UnitCharges.AsNoTracking()
            .Where(c => c.EstateId == run.EstateId && (c.Recurring || c.BilledInRunId == null)).ToListAsync(cancellationToken);
        var chargesByUnit = unitCharges.ToLookup(c => c.UnitId);
        var repairsByUnit = (await db.RepairCharges.AsNoTracking()
            .Where(c => c.EstateId == run.EstateId && c.UnitId != null && c.BilledInRunId == null).ToListAsync(cancellationToken))
            .ToLookup(c => c.UnitId!.Value);

        var (firstDay, lastDay) = (period.FirstDay, period.LastDay);
        var parkingByUnit = (await db.ParkingAssignments.AsNoTracking()
            .Where(p => p.EstateId == run.EstateId && p.StartsOn <= lastDay && (p.EndsOn == null || p.EndsOn >= firstDay)
                && (p.ReleasedOn == null || p.ReleasedOn > firstDay))
            .ToListAsync(cancellationToken)).ToLookup(p => p.UnitId);

        var bills = new List<Bill>(units.Count);
        foreach (var unit in units)
        {
            var bill = Bill.Issue(run.Id, unit, period, items, consumption.GetValueOrDefault(unit.Id) ?? NoConsumption, now, chargesByUnit[unit.Id],
                repairsByUnit[unit.Id], parkingByUnit[unit.Id]);
            if (bill is not null)
            {
                bills.Add(bill);
            }
        }
        var billed = bills.Select(b => b.UnitId).ToHashSet();
        return (bills, [.. unitCharges.Where(c => !c.Recurring && billed.Contains(c.UnitId)).Select(c => c.Id)],
            [.. bills.SelectMany(b => b.Lines).Where(l => l.RepairOrderId is not null).Select(l => l.RepairOrderId!.Value)]);
    }
}
