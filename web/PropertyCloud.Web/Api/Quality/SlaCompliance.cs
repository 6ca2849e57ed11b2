namespace PropertyCloud.Web.Api.Quality;

/// <summary>The part of the Quality API's estate figures (by month) the SLA compliance chart reads.</summary>
public sealed record SlaFigures(string Granularity, DateOnly From, DateOnly To, IReadOnlyList<SlaFiguresMonth> Series);

/// <summary>One month's repairs: deadlines met and breached, and the share met (0–1; none when no deadline fell due).</summary>
public sealed record SlaFiguresMonth(DateOnly Start, SlaRepairFigures Repairs);

public sealed record SlaRepairFigures(int SlaMet, int SlaBreached, decimal? SlaMetRate);
