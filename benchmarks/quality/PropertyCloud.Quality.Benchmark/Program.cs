using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Quality.Api.EventStore;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.Projections;
using PropertyCloud.Quality.Benchmark;

// Fills Quality's event store with N events (default 1,000,000) over 100 estates and a year, then times a rebuild of
// every read model from them, and the figures and league-table queries on the result.
var total = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var server = Environment.GetEnvironmentVariable("BENCH_PG") ?? "Host=127.0.0.1;Username=app;Password=app";
const string Database = "quality_bench";

await using (var admin = new NpgsqlConnection($"{server};Database=postgres"))
{
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}
var options = new DbContextOptionsBuilder<QualityDb>()
    .UseNpgsql($"{server};Database={Database};Command Timeout=600")
    .UseSnakeCaseNamingConvention()
    .Options;
var script = new EventScript(estates: 100);
var stored = 0L;

await using (var db = new QualityDb(options))
{
    await db.Database.MigrateAsync();
    var setup = Stopwatch.StartNew();
    await db.Database.OpenConnectionAsync();
    var connection = (NpgsqlConnection)db.Database.GetDbConnection();
    await using (var copy = await connection.BeginBinaryImportAsync(
        "COPY stored_events (event_id, type, estate_id, occurred_at, payload, stored_at) FROM STDIN (FORMAT BINARY)"))
    {
        var now = DateTimeOffset.UtcNow;
        var perDay = (total - 100) / 365 + 1;
        var events = script.Estates().Concat(Enumerable.Range(0, 365).SelectMany(day => script.Day(day, perDay))).Take(total);
        foreach (var integrationEvent in events)
        {
            var row = StoredEvent.Of(integrationEvent, now);
            await copy.StartRowAsync();
            await copy.WriteAsync(row.EventId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(row.Type, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.EstateId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(row.OccurredAt, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(row.Payload, NpgsqlDbType.Jsonb);
            await copy.WriteAsync(row.StoredAt, NpgsqlDbType.TimestampTz);
            stored++;
        }
        await copy.CompleteAsync();
    }
    await db.Database.CloseConnectionAsync();
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    Console.WriteLine($"set-up: {stored:N0} events stored in {setup.Elapsed.TotalSeconds:F1} s");
}

await using (var db = new QualityDb(options))
{
    var result = await new ReadModelRebuilder(db, new ConsumedEventTypes(QualityProjection.EventTypes)).RebuildAsync(CancellationToken.None);
    Console.WriteLine($"rebuild: {result.EventsReplayed:N0} events replayed in {result.Seconds:F1} s ({result.EventsReplayed / result.Seconds:N0} events/s)");
}

await using (var db = new QualityDb(options))
{
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    var today = new DateOnly(2026, 11, 26);
    var watch = Stopwatch.StartNew();
    var year = await FiguresReader.FiguresAsync(db, FigureScope.Group, Granularity.Month, new(2025, 11, 1), new(2026, 10, 31), today, CancellationToken.None);
    Console.WriteLine($"group figures by month for a year: {watch.ElapsedMilliseconds} ms; orders opened {year.Total.Repairs.Opened:N0} " +
        $"(script opened {script.OrdersOpened:N0}), SLA met rate {year.Total.Repairs.SlaMetRate}, resolution median {year.Total.Repairs.ResolutionMedianMinutes} min, " +
        $"collection rate {year.Total.Billing?.CollectionRate}");
    watch.Restart();
    var league = await LeagueTable.ReadAsync(db, FigureScope.Group, new(2026, 10, 1), new(2026, 10, 31), today, CancellationToken.None);
    Console.WriteLine($"league table of {league.Count} estates for a month: {watch.ElapsedMilliseconds} ms; best {league[0].Estate?.Code} {league[0].Score}");
    if (year.Total.Repairs.Opened != script.OrdersOpened)
    {
        Console.WriteLine("MISMATCH: the rebuilt read model does not count every order the script opened.");
        return 1;
    }
}
return 0;
