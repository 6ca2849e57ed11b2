using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Reports;

/// <summary>What a monthly report shows: the scope's totals and its estates ranked by score.</summary>
public sealed record ReportContent(string Title, DateOnly Month, QualityFigures Totals, IReadOnlyList<LeagueRow> Estates);
