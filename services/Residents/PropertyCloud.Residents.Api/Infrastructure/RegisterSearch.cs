using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PropertyCloud.Residents.Api.Infrastructure;

/// <summary>One ranked row of a register search: a unit with one of its current owners (either may be missing).</summary>
public sealed record RegisterSearchRow(
    double Score, Guid? UnitId, string? BuildingCode, string? Entrance, string? Number, string? Layout, string? Usage,
    decimal? BuildingArea, Guid? OwnerId, string? OwnerName, string? OwnerPhone);

/// <summary>
/// Fuzzy search over the register (篇2 5.1) with the pg_trgm GIN indexes on owners.search_text (name, phone) and
/// units.search_text (building, entrance, number, layout, usage, area). First pass: an exact name, then any
/// substring (for one or two characters: a name prefix, building code or usage) (a partial name, phone digits, "3栋 1单元 1502", a layout) — cheap, as it stops at the limit. Only when
/// nothing contains the text does the second pass rank by trigram word similarity, so that a misspelt name still
/// finds its owner; among equals a name of the query's length wins (a misspelt name keeps its length).
/// Owner hits are expanded to their current units and unit hits to their current owners.
/// </summary>
public static class RegisterSearch
{
    private const string Rows = """
        ), hits AS (
            SELECT s.unit_id, h.owner_id, h.score, h.tiebreak
            FROM owner_hits h LEFT JOIN ownerships s ON s.owner_id = h.owner_id AND s.ended_on IS NULL
            UNION ALL
            SELECT h.unit_id, s.owner_id, h.score, h.tiebreak
            FROM unit_hits h LEFT JOIN ownerships s ON s.unit_id = h.unit_id AND s.ended_on IS NULL
        ), best AS (
            SELECT unit_id, owner_id, max(score) AS score, max(tiebreak) AS tiebreak FROM hits GROUP BY unit_id, owner_id
        )
        SELECT b.score, u.id, u.building_code, u.entrance, u.number, u.layout, u.usage, u.building_area, o.id, o.name, o.phone
        FROM best b LEFT JOIN units u ON u.id = b.unit_id LEFT JOIN owners o ON o.id = b.owner_id
        ORDER BY b.score DESC, b.tiebreak DESC, o.name, u.building_code, u.entrance, u.number
        LIMIT @limit
        """;

    private const string ContainsSql = """
        WITH owner_hits AS (
            SELECT owner_id, max(score) AS score, 0.0 AS tiebreak FROM (
                (SELECT o.id AS owner_id, 2.0 AS score FROM owners o WHERE o.estate_id = @estate AND o.name = @q LIMIT 200)
                UNION ALL
                (SELECT o.id, 1.0 FROM owners o WHERE o.estate_id = @estate AND o.search_text ILIKE @like LIMIT 200)
            ) found GROUP BY owner_id
        ), unit_hits AS (
            SELECT u.id AS unit_id, 1.0 AS score, 0.0 AS tiebreak FROM units u
            WHERE u.estate_id = @estate AND u.search_text ILIKE @like LIMIT 200
        """ + Rows;

    // One or two characters (a surname, a usage, a building code) carry no trigram: the btree on (estate_id, name)
    // answers name and name-prefix, and units match on building code or usage only.
    private const string ShortSql = """
        WITH owner_hits AS (
            SELECT owner_id, max(score) AS score, 0.0 AS tiebreak FROM (
                (SELECT o.id AS owner_id, 2.0 AS score FROM owners o WHERE o.estate_id = @estate AND o.name = @q LIMIT 200)
                UNION ALL
                (SELECT o.id, 1.0 FROM owners o
                 WHERE o.estate_id = @estate AND o.name >= @q AND o.name < @qEnd AND o.name LIKE @prefix LIMIT 200)
            ) found GROUP BY owner_id
        ), unit_hits AS (
            SELECT u.id AS unit_id, 1.0 AS score, 0.0 AS tiebreak FROM units u
            WHERE u.estate_id = @estate AND (u.building_code = @q OR u.usage = @usage) LIMIT 200
        """ + Rows;

    private static readonly Dictionary<string, string> UsageWords = new()
    {
        ["居住"] = "Residence", ["自住"] = "Residence", ["出租"] = "RentedOut", ["仓库"] = "Storage", ["商用"] = "Commercial", ["空置"] = "Vacant",
    };

    private const string SimilarSql = """
        -- 0.3: low enough that one wrong character in a three-character name still matches.
        SET pg_trgm.word_similarity_threshold = 0.3;
        WITH owner_hits AS (
            SELECT o.id AS owner_id, word_similarity(@q, o.search_text) AS score,
                   similarity(@q, o.name) - 0.1 * abs(char_length(o.name) - char_length(@q)) AS tiebreak
            FROM owners o
            WHERE o.estate_id = @estate AND @q <% o.search_text
            ORDER BY score DESC, tiebreak DESC LIMIT 200
        ), unit_hits AS (
            SELECT u.id AS unit_id, word_similarity(@q, u.search_text) AS score, similarity(@q, u.search_text) AS tiebreak
            FROM units u
            WHERE u.estate_id = @estate AND @q <% u.search_text
            ORDER BY score DESC, tiebreak DESC LIMIT 200
        """ + Rows;

    public static async Task<IReadOnlyList<RegisterSearchRow>> RunAsync(
        ResidentsDb db, Guid estateId, string query, int limit, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            var q = query.Trim();
            var rows = await QueryAsync(connection, q.Length < 3 ? ShortSql : ContainsSql, q, estateId, limit, cancellationToken);
            return rows.Count > 0 ? rows : await QueryAsync(connection, SimilarSql, q, estateId, limit, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<List<RegisterSearchRow>> QueryAsync(
        NpgsqlConnection connection, string sql, string q, Guid estateId, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("q", q);
        command.Parameters.AddWithValue("like", "%" + EscapeLike(q) + "%");
        command.Parameters.AddWithValue("estate", estateId);
        command.Parameters.AddWithValue("limit", limit);
        if (sql == ShortSql)
        {
            command.Parameters.AddWithValue("prefix", EscapeLike(q) + "%");
            command.Parameters.AddWithValue("qEnd", q + char.ConvertFromUtf32(0x10FFFF));
            command.Parameters.Add(new NpgsqlParameter("usage", NpgsqlTypes.NpgsqlDbType.Text) { Value = UsageWords.GetValueOrDefault(q) ?? (object)DBNull.Value });
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RegisterSearchRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RegisterSearchRow(
                Convert.ToDouble(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                Nullable<Guid>(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7), Nullable<Guid>(reader, 8), Text(reader, 9), Text(reader, 10)));
        }
        return rows;
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static T? Nullable<T>(DbDataReader reader, int i) where T : struct => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
}
