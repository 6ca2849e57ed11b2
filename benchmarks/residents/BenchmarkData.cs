using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Residents.Api.Demo;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Benchmarks;

/// <summary>One estate of <c>owners</c> owners, each owning one unit, written with binary COPY.</summary>
internal sealed class BenchmarkData(Guid estateId, int owners)
{
    private const int Buildings = 50;
    private static readonly string[] Layouts = ["1室1厅1卫", "2室1厅1卫", "2室2厅1卫", "3室2厅1卫", "3室2厅2卫", "4室2厅2卫"];
    private static readonly decimal[] Areas = [56.20m, 78.35m, 89.30m, 102.80m, 118.50m, 143.60m];

    public List<(string Name, string Phone, string BuildingCode, string Entrance, string Number)> Samples { get; } = [];

    public async Task LoadAsync(NpgsqlConnection connection)
    {
        var people = new DemoPeopleGenerator(seed: 42);
        var buildingIds = Enumerable.Range(1, Buildings).Select(_ => Guid.CreateVersion7()).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using (var command = new NpgsqlCommand(
            "INSERT INTO estates (id, code, name, company, kind, address, time_zone, registered_at) VALUES (@id, 'BENCH', '基准小区', '基准物业', 'Residential', '', 'Asia/Shanghai', now())",
            connection))
        {
            command.Parameters.AddWithValue("id", estateId);
            await command.ExecuteNonQueryAsync();
        }
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY buildings (id, estate_id, code, name, type, floors, entrances) FROM STDIN (FORMAT BINARY)"))
        {
            for (var b = 0; b < Buildings; b++)
            {
                await importer.WriteRowAsync(default, buildingIds[b], estateId, $"{b + 1}栋", $"{b + 1}号楼", "高层住宅", 34, 4);
            }
            await importer.CompleteAsync();
        }

        var unitIds = new Guid[owners];
        var ownerIds = new Guid[owners];
        await using (var units = await connection.BeginBinaryImportAsync(
            "COPY units (id, estate_id, building_id, building_code, entrance, floor, number, layout, building_area, usable_area, usage, registered_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < owners; i++)
            {
                // 50 buildings × 4 entrances × 34 floors × 15 units per floor = 102,000 places.
                var b = i % Buildings;
                var rest = i / Buildings;
                var entrance = rest % 4 + 1;
                var floor = rest / 4 % 34 + 1;
                var n = rest / 136 + 1;
                var kind = i % Layouts.Length;
                unitIds[i] = Guid.CreateVersion7();
                await units.StartRowAsync();
                await units.WriteAsync(unitIds[i]);
                await units.WriteAsync(estateId);
                await units.WriteAsync(buildingIds[b]);
                await units.WriteAsync($"{b + 1}栋");
                await units.WriteAsync(entrance.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await units.WriteAsync(floor);
                await units.WriteAsync($"{floor}{n:00}");
                await units.WriteAsync(Layouts[kind]);
                await units.WriteAsync(Areas[kind], NpgsqlDbType.Numeric);
                await units.WriteAsync(Math.Round(Areas[kind] * 0.8m, 2), NpgsqlDbType.Numeric);
                await units.WriteAsync(i % 13 == 0 ? "Vacant" : "Residence");
                await units.WriteAsync(now, NpgsqlDbType.TimestampTz);
                if (i % 500 == 0)
                {
                    Samples.Add(("", "", $"{b + 1}栋", entrance.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{floor}{n:00}"));
                }
            }
            await units.CompleteAsync();
        }

        await using (var ownerRows = await connection.BeginBinaryImportAsync(
            "COPY owners (id, estate_id, kind, name, gender, phone, id_document_type, id_number_cipher, id_number_hash, id_number_masked, native_place, address, registered_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < owners; i++)
            {
                var gender = people.NextGender();
                var name = people.Name(gender);
                var phone = people.Mobile();
                var (idNumber, place) = people.IdNumber(gender);
                ownerIds[i] = Guid.CreateVersion7();
                // The cipher and hash are placeholders: search never reads them, and 100,000 encryptions would time the wrong thing.
                await ownerRows.WriteRowAsync(default, ownerIds[i], estateId, "Person", name, gender.ToString(), phone, "ResidentIdCard",
                    "bench", "bench" + i, Masking.IdNumber(idNumber), place, "", now);
                if (i % 500 == 0)
                {
                    var sample = Samples[i / 500];
                    Samples[i / 500] = sample with { Name = name, Phone = phone };
                }
            }
            await ownerRows.CompleteAsync();
        }

        await using (var ownerships = await connection.BeginBinaryImportAsync(
            "COPY ownerships (id, estate_id, unit_id, owner_id, started_on) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < owners; i++)
            {
                await ownerships.WriteRowAsync(default, Guid.CreateVersion7(), estateId, unitIds[i], ownerIds[i], new DateOnly(2018, 1, 1));
            }
            await ownerships.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
