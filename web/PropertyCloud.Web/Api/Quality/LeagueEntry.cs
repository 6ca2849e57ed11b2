namespace PropertyCloud.Web.Api.Quality;

/// <summary>An estate's place in the Quality service's league table, with the figures the console charts.</summary>
public sealed record LeagueEntry(int Rank, LeagueEstate Estate, decimal? Score, LeagueFigures Figures)
{
    /// <summary>Share of repairs that met their SLA, in per cent; an estate without any finished repair has broken none.</summary>
    public double SlaCompliance => (double)((Figures.Repairs.SlaMetRate ?? 1m) * 100m);

    /// <summary>The satisfaction index (0–100) of the estate's surveys; 0 until a survey has been answered.</summary>
    public double Satisfaction => (double)(Figures.Surveys.Index ?? 0m);
}

public sealed record LeagueEstate(Guid EstateId, string Code, string Name, string Company);

public sealed record LeagueFigures(LeagueRepairs Repairs, LeagueSurveys Surveys, LeagueBilling? Billing);

public sealed record LeagueRepairs(int Opened, int SlaMet, int SlaBreached, decimal? SlaMetRate);

public sealed record LeagueSurveys(int Campaigns, decimal? Index);

public sealed record LeagueBilling(decimal Billed, decimal Collected, decimal? CollectionRate);
