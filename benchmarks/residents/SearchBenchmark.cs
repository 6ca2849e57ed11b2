using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Benchmarks;

/// <summary>
/// Loads one estate with N owners (default 100,000) into a fresh database migrated like the service's, then runs
/// the service's own register search (RegisterSearch) with names, misspelt names, partial names, phone digits,
/// building + unit and layouts, and prints p50/p95/p99 per kind of query.
/// </summary>
internal static class SearchBenchmark
{
    private static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "import")
        {
            return await ImportBenchmark.RunAsync(args[1..]);
        }
        var owners = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var server = Environment.GetEnvironmentVariable("RESIDENTS_BENCH_PG") ?? "Host=127.0.0.1;Username=app;Password=app";
        var database = $"residents_bench_{Guid.NewGuid():N}"[..40];
        var connectionString = $"{server};Database={database}";
        var options = new DbContextOptionsBuilder<ResidentsDb>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        var estateId = Guid.CreateVersion7();
        try
        {
            await using var db = new ResidentsDb(options);
            var clock = Stopwatch.StartNew();
            await db.Database.MigrateAsync();
            Console.WriteLine($"migrated {database} in {clock.ElapsedMilliseconds} ms");

            clock.Restart();
            var data = new BenchmarkData(estateId, owners);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await data.LoadAsync(connection);
            }
            Console.WriteLine($"loaded {owners:N0} owners, units and ownerships (COPY + indexes + ANALYZE) in {clock.Elapsed.TotalSeconds:F1} s");

            var random = new Random(7);
            var queries = new List<(string Kind, string Query, Func<RegisterSearchRow, bool>? Expected)>();
            foreach (var s in data.Samples.Take(100))
            {
                queries.Add(("exact name", s.Name, r => r.OwnerName == s.Name));
                queries.Add(("misspelt name", s.Name.Length == 3 ? s.Name[..2] + "某" : s.Name + "某", null));
                queries.Add(("partial name", s.Name.Length == 3 ? s.Name[1..] : s.Name[..1], null));
                queries.Add(("phone digits", s.Phone[^6..], r => r.OwnerPhone == s.Phone));
                queries.Add(("building unit", $"{s.BuildingCode} {s.Entrance}单元 {s.Number}", r => r.Number == s.Number && r.BuildingCode == s.BuildingCode));
                queries.Add(("layout/area", random.Next(2) == 0 ? "3室2厅" : "118.5", null));
            }

            foreach (var (_, query, _) in queries.Take(30))
            {
                await RegisterSearch.RunAsync(db, estateId, query, 20, CancellationToken.None); // warm-up
            }
            var timings = new Dictionary<string, List<double>>();
            var found = new Dictionary<string, (int Hits, int Checked)>();
            foreach (var (kind, query, expected) in queries)
            {
                var watch = Stopwatch.StartNew();
                var rows = await RegisterSearch.RunAsync(db, estateId, query, 20, CancellationToken.None);
                watch.Stop();
                if (!timings.TryGetValue(kind, out var list))
                {
                    timings[kind] = list = [];
                }
                list.Add(watch.Elapsed.TotalMilliseconds);
                if (expected is not null)
                {
                    var (hits, seen) = found.GetValueOrDefault(kind);
                    found[kind] = (hits + (rows.Take(20).Any(expected) ? 1 : 0), seen + 1);
                }
            }

            Console.WriteLine();
            Console.WriteLine($"{"query kind",-16} {"n",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}  expected row in top 20");
            foreach (var (kind, sorted) in timings.Append(new("all", [.. timings.SelectMany(t => t.Value)])))
            {
                sorted.Sort();
                var quality = found.TryGetValue(kind, out var f) ? $"{f.Hits}/{f.Checked}" : "";
                Console.WriteLine($"{kind,-16} {sorted.Count,5} {P(sorted, 50),8:F1} {P(sorted, 95),8:F1} {P(sorted, 99),8:F1} {sorted[^1],8:F1}  {quality}");
            }
            return 0;
        }
        finally
        {
            if (!args.Contains("--keep"))
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection($"{server};Database=postgres");
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static double P(List<double> sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
