using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.Billing.Api.MeterImports;

// Imports one meter sheet of N lines (default 100,000: a water reading per unit, one line in ten for an unknown unit)
// on a fresh database with MeterImportRunner — the code the import worker runs — and prints the time it took.
var lines = args.Where(a => a.All(char.IsDigit)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(100_000).First();
var server = Environment.GetEnvironmentVariable("BENCH_PG") ?? "Host=127.0.0.1;Username=app;Password=app";
const string database = "billing_meter_import_bench";

await using (var admin = new NpgsqlConnection($"{server};Database=postgres"))
{
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}

var options = new DbContextOptionsBuilder<BillingDb>()
    .UseNpgsql($"{server};Database={database};Command Timeout=300")
    .UseSnakeCaseNamingConvention()
    .Options;
var estateId = Guid.CreateVersion7();
var now = DateTimeOffset.UtcNow;
Guid jobId;

await using (var db = new BillingDb(options))
{
    await db.Database.MigrateAsync();
    var setup = Stopwatch.StartNew();
    await db.Database.OpenConnectionAsync();
    var connection = (NpgsqlConnection)db.Database.GetDbConnection();
    var sheet = new StringBuilder("房屋,表计,读数\n");
    await using (var copy = await connection.BeginBinaryImportAsync(
        "COPY billable_units (id, estate_id, building_id, building_code, entrance, floor, number, building_area, usable_area, registered_at) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < lines; i++)
        {
            var (building, number) = ($"{i / 1000 + 1}栋", $"{i % 1000:000}");
            await copy.WriteRowAsync(default, Guid.CreateVersion7(), estateId, Guid.Empty, building, "1", i % 30 + 1, number, 90m, 70m, now);
            sheet.Append(i % 10 == 9 ? $"{building}-9-{number}" : $"{building}-1-{number}").Append(",水,").Append(100 + i % 50).Append('\n');
        }
        await copy.CompleteAsync();
    }
    await db.Database.CloseConnectionAsync();
    var job = MeterImportJob.Upload(estateId, new BillingPeriod(2026, 10), "bench.csv", MeterSheetFormat.Csv, "zh-CN", "bench", now);
    // Running with a fresh heartbeat: claimed, as the worker leaves it before calling the runner.
    job.Progress(0, 0, 0, 0, now);
    db.MeterImportJobs.Add(job);
    db.MeterImportFiles.Add(MeterImportFile.For(job, Encoding.UTF8.GetBytes(sheet.ToString())));
    await db.SaveChangesAsync();
    jobId = job.Id;
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    Console.WriteLine($"set-up: {lines:N0} units and a sheet of {lines:N0} lines in {setup.Elapsed.TotalSeconds:F1} s");
}

using var logging = LoggerFactory.Create(log => log.AddSimpleConsole(console => console.SingleLine = true));
await using (var db = new BillingDb(options))
{
    var watch = Stopwatch.StartNew();
    await new MeterImportRunner(db, TimeProvider.System, logging.CreateLogger<MeterImportRunner>()).RunAsync(jobId, CancellationToken.None);
    watch.Stop();
    var job = await db.MeterImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
    var rows = await db.MeterImportRows.LongCountAsync(r => r.MeterImportJobId == jobId);
    var file = await db.MeterImportFiles.AnyAsync(f => f.MeterImportJobId == jobId);
    Console.WriteLine($"import: {job.Status}, {job.TotalRows:N0} lines: {job.RecordedRows:N0} recorded, {job.AlreadyRecordedRows:N0} already there, "
        + $"{job.RefusedRows:N0} refused; {rows:N0} outcome rows, file kept: {file}; {watch.Elapsed.TotalSeconds:F2} s "
        + $"({lines / watch.Elapsed.TotalSeconds:N0} lines/s)");
}

// What the runner used to do after every chunk: count the job's outcome rows by outcome. Timed here at the file's full
// size; the old runner ran it after each of lines / 200 chunks over a growing table, about half that many full counts.
await using (var db = new BillingDb(options))
{
    var times = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        await db.MeterImportRows.Where(r => r.MeterImportJobId == jobId).GroupBy(r => r.Outcome)
            .Select(g => new { Outcome = g.Key, Rows = g.Count() }).ToListAsync();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    var median = times.Order().ElementAt(2);
    var chunks = (lines + MeterImportRunner.ChunkSize - 1) / MeterImportRunner.ChunkSize;
    Console.WriteLine($"one recount of {lines:N0} outcome rows: {median:F1} ms (median of 5); recounting after each of {chunks:N0} chunks "
        + $"costs about {chunks / 2.0 * median / 1000:F1} s in all, running counts nothing");
}
