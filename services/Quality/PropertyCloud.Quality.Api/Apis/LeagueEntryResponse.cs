using PropertyCloud.Quality.Api.Domain.Scoring;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>An estate's rank, score and figures, with links to the records behind them in the owning services.</summary>
public sealed record LeagueEntryResponse(
    int Rank, EstateResponse Estate, decimal? Score, ScoreComponents Components, FiguresBucket Figures, OpenItems Open,
    IReadOnlyDictionary<string, string> Links)
{
    public static LeagueEntryResponse From(int rank, LeagueRow row, DateOnly from, DateOnly to)
    {
        var estate = row.Estate is null ? EstateResponse.Unknown(row.EstateId) : EstateResponse.From(row.Estate);
        return new LeagueEntryResponse(rank, estate, row.Score, row.Components, row.Figures, row.Open, DrillDownLinks.ForEstate(row.EstateId, from, to));
    }
}
