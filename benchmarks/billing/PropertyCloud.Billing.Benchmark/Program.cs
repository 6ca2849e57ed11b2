using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Infrastructure;

// Bill-runs one estate of N units (default 100,000) with management fee, tiered water and electricity on a fresh
// database, and prints the time of the run and of a second (idempotent) run of the same period.
// With "relay", the service's outbox relay then publishes the run's BillIssued rows to RabbitMQ and the time is printed.
var units = args.Where(a => a.All(char.IsDigit)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(100_000).First();
var relay = args.Contains("relay");
var server = Environment.GetEnvironmentVariable("BENCH_PG") ?? "Host=127.0.0.1;Username=app;Password=app";
// BENCH_DATABASE: the platform benchmark bill-runs its own database, then serves it to a running Billing service.
var database = Environment.GetEnvironmentVariable("BENCH_DATABASE") ?? "billing_bench";

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

await using (var db = new BillingDb(options))
{
    await db.Database.MigrateAsync();
    db.ChargeItems.AddRange(
        ChargeItem.Define(estateId, "物业管理费", ChargeKind.ManagementFee, 2.80m, null, now),
        ChargeItem.Define(estateId, "水费", ChargeKind.Water, 2.90m, [new(22m, 2.90m), new(30m, 3.85m), new(null, 6.70m)], now),
        ChargeItem.Define(estateId, "电费", ChargeKind.Electricity, 0.538m, [new(230m, 0.538m), new(400m, 0.588m), new(null, 0.838m)], now));
    await db.SaveChangesAsync();

    var setup = Stopwatch.StartNew();
    await db.Database.OpenConnectionAsync();
    var connection = (NpgsqlConnection)db.Database.GetDbConnection();
    var random = new Random(42);
    var unitIds = Enumerable.Range(0, units).Select(_ => Guid.CreateVersion7()).ToList();
    await using (var copy = await connection.BeginBinaryImportAsync(
        "COPY billable_units (id, estate_id, building_id, building_code, entrance, floor, number, building_area, usable_area, registered_at) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < units; i++)
        {
            var area = 60m + random.Next(0, 10_000) / 100m;
            await copy.WriteRowAsync(default, unitIds[i], estateId, Guid.Empty, $"{i / 1000 + 1}栋", "1", i % 30 + 1, $"{i % 1000:000}", area, area * 0.78m, now);
        }
        await copy.CompleteAsync();
    }
    await using (var copy = await connection.BeginBinaryImportAsync(
        "COPY meter_readings (id, estate_id, unit_id, meter, period, reading, consumption, is_replacement, is_abnormal, recorded_at) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var unitId in unitIds)
        {
            foreach (var meter in new[] { "Water", "Electricity" })
            {
                var consumption = (decimal)random.Next(0, meter == "Water" ? 60 : 600);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(estateId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(unitId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(meter, NpgsqlDbType.Varchar);
                await copy.WriteAsync("2026-10", NpgsqlDbType.Varchar);
                await copy.WriteAsync(1000m + consumption, NpgsqlDbType.Numeric);
                await copy.WriteAsync(consumption, NpgsqlDbType.Numeric);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
        }
        await copy.CompleteAsync();
    }
    await db.Database.CloseConnectionAsync();
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    Console.WriteLine($"set-up: {units:N0} units and {2 * units:N0} meter readings in {setup.Elapsed.TotalSeconds:F1} s");
}

using var logging = LoggerFactory.Create(log => log.AddSimpleConsole(console => console.SingleLine = true));
var sinceCommit = new Stopwatch();
foreach (var attempt in new[] { "first run", "second run (idempotent)" })
{
    await using var db = new BillingDb(options);
    var watch = Stopwatch.StartNew();
    var outcome = await new BillRunner(db, TimeProvider.System, logging.CreateLogger<BillRunner>()).RunAsync(estateId, new BillingPeriod(2026, 10), CancellationToken.None);
    watch.Stop();
    if (outcome.Created)
    {
        sinceCommit.Start();
    }
    Console.WriteLine($"{attempt}: created={outcome.Created}, {outcome.Run.BillCount:N0} bills, total ¥{outcome.Run.Total:N2}, {watch.Elapsed.TotalSeconds:F2} s");
    if (relay && outcome.Created)
    {
        // Relay straight after the commit.
        await PropertyCloud.Billing.Benchmark.RelayBenchmark.RunAsync(server, database, sinceCommit);
    }
}

await using (var db = new BillingDb(options))
{
    var bills = await db.Bills.LongCountAsync();
    var lines = await db.Bills.SelectMany(b => b.Lines).LongCountAsync();
    var entries = await db.LedgerEntries.LongCountAsync();
    var outbox = await db.Database.SqlQueryRaw<long>("""SELECT count(*) AS "Value" FROM outbox_messages""").SingleAsync();
    var unbalanced = await db.LedgerEntries.GroupBy(e => e.TransactionId).CountAsync(g => g.Sum(e => e.Debit) != g.Sum(e => e.Credit));
    Console.WriteLine($"rows: {bills:N0} bills, {lines:N0} lines, {entries:N0} ledger entries, {outbox:N0} BillIssued outbox rows; unbalanced postings: {unbalanced}");
}
