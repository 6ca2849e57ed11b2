using Microsoft.EntityFrameworkCore;
using PropertyCloud.Quality.Api.Domain.Scoring;
using PropertyCloud.Quality.Api.Infrastructure;

namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Every estate of a scope over a range with its figures and score, best first; estates without a score last.</summary>
public static class LeagueTable
{
    public static async Task<IReadOnlyList<LeagueRow>> ReadAsync(QualityDb db, FigureScope scope, DateOnly from, DateOnly to,
        DateOnly today, CancellationToken cancellationToken)
    {
        var weights = await db.CurrentWeightsAsync(cancellationToken);
        var rows = await FiguresReader.ReadAsync(db, scope, Granularity.Whole, from, to, today, byEstate: true, withSnapshots: true, cancellationToken);
        var estates = await db.Estates.AsNoTracking()
            .Where(e => scope.AllEstates || scope.EstateIds.Contains(e.EstateId))
            .ToDictionaryAsync(e => e.EstateId, cancellationToken);
        var estateIds = estates.Keys.Union(rows.Select(r => r.Key)).Where(id => scope.AllEstates || scope.EstateIds.Contains(id));
        var byEstate = rows.ToLookup(r => r.Key);
        var league = estateIds.Select(id =>
        {
            var total = FiguresBucket.From(from, byEstate[id]);
            var open = OpenItems.From(byEstate[id]);
            var components = ScoreInputs.From(total, open);
            return new LeagueRow(id, estates.GetValueOrDefault(id), components.ScoreWith(weights), components, total, open);
        });
        return [.. league
            .OrderByDescending(r => r.Score.HasValue)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Estate?.Code ?? "", StringComparer.Ordinal)];
    }
}
