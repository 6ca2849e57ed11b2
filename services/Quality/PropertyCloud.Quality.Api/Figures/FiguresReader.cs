using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Reads figures from the read models for a scope and a range of days (both ends included).</summary>
public static class FiguresReader
{
    public static async Task<IReadOnlyList<FigureRow>> ReadAsync(QualityDb db, FigureScope scope, Granularity granularity,
        DateOnly from, DateOnly to, DateOnly today, bool byEstate, bool withSnapshots, CancellationToken cancellationToken)
    {
        var sql = FigureSql.Build(granularity, byEstate, withSnapshots);
        return await db.Database.SqlQueryRaw<FigureRow>(sql,
                new NpgsqlParameter("all", scope.AllEstates),
                new NpgsqlParameter("estates", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = scope.EstateIds.ToArray() },
                new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from },
                new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to },
                new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today })
            .ToListAsync(cancellationToken);
    }

    /// <summary>The figures of a scope: per bucket, for the whole range, and what is open at its end.</summary>
    public static async Task<QualityFigures> FiguresAsync(QualityDb db, FigureScope scope, Granularity granularity,
        DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var series = await ReadAsync(db, scope, granularity, from, to, today, byEstate: false, withSnapshots: false, cancellationToken);
        var whole = await ReadAsync(db, scope, Granularity.Whole, from, to, today, byEstate: false, withSnapshots: true, cancellationToken);
        var buckets = series.GroupBy(r => r.Bucket).OrderBy(g => g.Key).Select(g => FiguresBucket.From(g.Key, g)).ToList();
        return new QualityFigures(granularity, from, to, FiguresBucket.From(from, whole), buckets, OpenItems.From(whole));
    }
}
