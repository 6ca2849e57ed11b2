using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.MeterImports;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>Jobs whose instance stopped half-way, and a job whose last save fails.</summary>
[Collection(BillingCollection.Name)]
public sealed class MeterImportRecoveryTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private MeterImportDesk Imports => new(_desk);

    [Fact]
    public async Task Import_ReclaimedAfterItsFirstChunk_CountsTheLinesDoneBeforeAndEveryOtherLineOnce()
    {
        await _desk.UnitAsync(number: "1501");
        // 450 lines (three chunks): the first chunk's 200 were refused by an instance that then stopped beating.
        var sheet = new StringBuilder("房屋,表计,读数\n");
        for (var i = 0; i < 450; i++)
        {
            sheet.Append(i % 3 == 0 ? "3栋-1-1501,水,10\n" : $"9栋-9-{i},水,1\n");
        }
        var jobId = await _desk.InDbAsync(async db =>
        {
            var job = MeterImportJob.Upload(_desk.EstateId, new BillingPeriod(2026, 9), "resumed.csv", MeterSheetFormat.Csv, "zh-CN", "test",
                DateTimeOffset.UtcNow.AddMinutes(-10));
            job.Progress(450, 0, 0, 200, DateTimeOffset.UtcNow.AddMinutes(-5));
            db.MeterImportJobs.Add(job);
            db.MeterImportFiles.Add(MeterImportFile.For(job, Encoding.UTF8.GetBytes(sheet.ToString())));
            db.MeterImportRows.AddRange(Enumerable.Range(2, 200).Select(line =>
                MeterImportRow.Refused(job.Id, MeterSheetLine.Parse(line, "x", "水", "1", ""), "test.refused", "refused before", "unit")));
            await db.SaveChangesAsync();
            return job.Id;
        });

        var finished = await Imports.FinishedAsync(jobId);

        Assert.Equal(MeterImportStatus.Completed, finished.Status);
        // Lines 202–451: i = 200…449, a reading where i % 3 == 0 — only the first is new, the others are the same reading again.
        Assert.Equal((450, 450, 1, 82, 200 + 167), (finished.TotalRows, finished.ProcessedRows, finished.RecordedRows,
            finished.AlreadyRecordedRows, finished.RefusedRows));
        Assert.Equal(450, await _desk.InDbAsync(db => db.MeterImportRows.CountAsync(r => r.MeterImportJobId == jobId)));
    }

    [Fact]
    public async Task FinishAsync_WhenTheSaveFails_KeepsTheFileTheJobPointsTo()
    {
        var jobId = await _desk.InDbAsync(async db =>
        {
            var job = MeterImportJob.Upload(_desk.EstateId, new BillingPeriod(2026, 9), "kept.csv", MeterSheetFormat.Csv, "zh-CN", "test",
                DateTimeOffset.UtcNow);
            job.Progress(1, 0, 0, 0, DateTimeOffset.UtcNow); // claimed just now: the worker leaves it alone
            db.MeterImportJobs.Add(job);
            db.MeterImportFiles.Add(MeterImportFile.For(job, "3栋-1-1502,水,1\n"u8.ToArray()));
            await db.SaveChangesAsync();
            return job.Id;
        });
        var trigger = $"refuse_finish_{jobId:N}";
        var create = $"""
            CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the save fails'; END $$;
            CREATE TRIGGER {trigger} BEFORE UPDATE ON meter_import_jobs FOR EACH ROW
                WHEN (NEW.id = '{jobId}' AND NEW.status <> 'Running') EXECUTE FUNCTION {trigger}();
            """;
        var drop = $"DROP TRIGGER {trigger} ON meter_import_jobs; DROP FUNCTION {trigger}();";
        await _desk.InDbAsync(db => db.Database.ExecuteSqlRawAsync(create));
        try
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
                _desk.InDbAsync(async db => { await MeterImportJobs.FinishAsync(db, jobId, j => j.Complete(DateTimeOffset.UtcNow), default); return 0; }));

            Assert.True(await _desk.InDbAsync(db => db.MeterImportFiles.AnyAsync(f => f.MeterImportJobId == jobId)));
            Assert.Equal(MeterImportStatus.Running, await _desk.InDbAsync(db => db.MeterImportJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync()));
        }
        finally
        {
            await _desk.InDbAsync(db => db.Database.ExecuteSqlRawAsync(drop));
        }

        await _desk.InDbAsync(async db => { await MeterImportJobs.FinishAsync(db, jobId, j => j.Complete(DateTimeOffset.UtcNow), default); return 0; });

        Assert.False(await _desk.InDbAsync(db => db.MeterImportFiles.AnyAsync(f => f.MeterImportJobId == jobId)));
        Assert.Equal(MeterImportStatus.Completed, await _desk.InDbAsync(db => db.MeterImportJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync()));
    }
}
