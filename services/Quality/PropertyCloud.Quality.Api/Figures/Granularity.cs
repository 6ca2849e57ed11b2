namespace PropertyCloud.Quality.Api.Figures;

/// <summary>How figures are bucketed: by day or month (in the estates' time zone), or one bucket for the whole range.</summary>
public enum Granularity
{
    Day,
    Month,
    Whole,
}
