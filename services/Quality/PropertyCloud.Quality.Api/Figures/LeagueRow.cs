using PropertyCloud.Quality.Api.Domain.Scoring;
using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Figures;

/// <summary>One estate's place in the league table, before it is shaped for the API.</summary>
public sealed record LeagueRow(Guid EstateId, EstateEntry? Estate, decimal? Score, ScoreComponents Components, FiguresBucket Figures, OpenItems Open);
