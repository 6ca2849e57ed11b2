using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace PropertyCloud.Platform.Benchmark;

/// <summary>
/// End to end: registers units in Residents through its API at a steady rate and measures, per unit, the time from
/// Residents registering it (the change committed with its UnitRegistered outbox row) to Archives opening its
/// customer file (consumer committed). Both times are the services' own clocks on this host, read from their
/// databases afterwards, so the measurement adds no load while it runs.
/// </summary>
internal static class EventLatency
{
    internal sealed record Settings(string ResidentsUrl, string Token, string ResidentsDb, string ArchivesDb)
    {
        public static Settings FromEnvironment() => new(Get("RESIDENTS_URL"), Get("TOKEN"), Get("RESIDENTS_DB"), Get("ARCHIVES_DB"));

        private static string Get(string name) =>
            Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set");
    }

    public static async Task<int> RunAsync(Settings settings, int perSecond, int seconds)
    {
        var (estateId, buildingId) = await PickBuildingAsync(settings.ResidentsDb);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 128 })
        {
            BaseAddress = new Uri(settings.ResidentsUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        var path = $"api/residents/estates/{estateId}/buildings/{buildingId}/units";
        var run = Guid.NewGuid().ToString("N")[..8];
        var total = perSecond * seconds;
        var created = new ConcurrentBag<Guid>();
        var failures = new ConcurrentBag<string>();
        var sends = new List<Task>(total);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var request = new
            {
                entrance = $"B{run}",
                floor = 1, // every demo building has a first floor; the number keeps units apart
                number = i.ToString(CultureInfo.InvariantCulture),
                layout = "2室1厅1卫",
                buildingArea = 89.30m,
                usableArea = 71.44m,
                usage = "Residence",
            };
            sends.Add(SendAsync(http, path, request, created, failures));
        }
        var sendSeconds = clock.Elapsed.TotalSeconds;
        await Task.WhenAll(sends);
        var achieved = total / Math.Max(sendSeconds, 1e-9);
        var registeredPerSecond = created.Count / clock.Elapsed.TotalSeconds;
        if (!failures.IsEmpty)
        {
            Console.Error.WriteLine($"{failures.Count} registrations failed, first: {failures.First()}");
        }

        var ids = created.ToArray();
        var missing = await WaitForFilesAsync(settings.ArchivesDb, ids, TimeSpan.FromSeconds(120));
        var latencies = await LatenciesAsync(settings, ids);
        var relay = await RelayLagsAsync(settings.ResidentsDb, started);
        Console.WriteLine($"result: events {perSecond} {achieved:F1} {registeredPerSecond:F1} {ids.Length} {missing} {failures.Count} " +
            $"{Percentiles.Of(latencies, 50):F1} {Percentiles.Of(latencies, 99):F1} {Percentiles.Of(relay, 50):F1} {Percentiles.Of(relay, 99):F1}");
        Console.WriteLine($"{perSecond}/s for {seconds} s (sent {achieved:F1}/s, registered {registeredPerSecond:F1}/s): {ids.Length:N0} units registered, {failures.Count} failed, " +
            $"{missing} customer files missing after 120 s; commit → customer file p50 {Percentiles.Of(latencies, 50):F1} ms, " +
            $"p99 {Percentiles.Of(latencies, 99):F1} ms; of which commit → published (outbox relay) p50 {Percentiles.Of(relay, 50):F1} ms, p99 {Percentiles.Of(relay, 99):F1} ms");
        return failures.IsEmpty && missing == 0 ? 0 : 1;
    }

    private static async Task SendAsync(HttpClient http, string path, object request, ConcurrentBag<Guid> created, ConcurrentBag<string> failures)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(path, request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                return;
            }
            using var json = JsonDocument.Parse(body);
            created.Add(json.RootElement.GetProperty("id").GetGuid());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            failures.Add(e.Message);
        }
    }

    private static async Task<(Guid EstateId, Guid BuildingId)> PickBuildingAsync(string residentsDb)
    {
        await using var connection = new NpgsqlConnection(residentsDb);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT estate_id, id FROM buildings ORDER BY estate_id, code LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("Residents has no building to register units in (demo data off?)");
        }
        return (reader.GetGuid(0), reader.GetGuid(1));
    }

    private static async Task<int> WaitForFilesAsync(string archivesDb, Guid[] ids, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(archivesDb);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM customer_files WHERE unit_id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", ids);
            var found = (long)(await command.ExecuteScalarAsync())!;
            if (found == ids.Length || clock.Elapsed > timeout)
            {
                return ids.Length - (int)found;
            }
            await Task.Delay(500);
        }
    }

    private static async Task<List<double>> LatenciesAsync(Settings settings, Guid[] ids)
    {
        var registered = new Dictionary<Guid, DateTimeOffset>();
        await using (var residents = new NpgsqlConnection(settings.ResidentsDb))
        {
            await residents.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id, registered_at FROM units WHERE id = ANY(@ids)", residents);
            command.Parameters.AddWithValue("ids", ids);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                registered[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }
        var latencies = new List<double>(ids.Length);
        await using (var archives = new NpgsqlConnection(settings.ArchivesDb))
        {
            await archives.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT unit_id, opened_at FROM customer_files WHERE unit_id = ANY(@ids)", archives);
            command.Parameters.AddWithValue("ids", ids);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (registered.TryGetValue(reader.GetGuid(0), out var at))
                {
                    latencies.Add((reader.GetFieldValue<DateTimeOffset>(1) - at).TotalMilliseconds);
                }
            }
        }
        latencies.Sort();
        return latencies;
    }

    private static async Task<List<double>> RelayLagsAsync(string residentsDb, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(residentsDb);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT extract(epoch FROM sent_at - occurred_at) * 1000 FROM outbox_messages " +
            "WHERE occurred_at >= @since AND sent_at IS NOT NULL AND event_type LIKE '%.UnitRegistered' ORDER BY 1", connection);
        command.Parameters.AddWithValue("since", since);
        var lags = new List<double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lags.Add((double)reader.GetDecimal(0));
        }
        return lags;
    }
}
