using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>Query parameters ?from=2026-10-01&amp;to=2026-10-31&amp;granularity=day|month; by default this month to date, by day.</summary>
public sealed record FigureRange(DateOnly? From, DateOnly? To, string? Granularity)
{
    public const int MaxDays = 3 * 366;

    public (DateOnly From, DateOnly To, Granularity Granularity) Resolve(TimeProvider clock)
    {
        var to = QualityCalendar.Supported(To ?? QualityCalendar.Today(clock), "to");
        var from = QualityCalendar.Supported(From ?? QualityCalendar.FirstOfMonth(to), "from");
        if (from > to || to.DayNumber - from.DayNumber > MaxDays)
        {
            throw new DomainException("figures.range_invalid",
                new($"日期范围无效：起始日期须不晚于结束日期，且不超过 {MaxDays} 天", $"Invalid range: from must not be after to, and at most {MaxDays} days"), "from");
        }
        Granularity granularity = Figures.Granularity.Day;
        if (Granularity is not null && (!Enum.TryParse(Granularity, ignoreCase: true, out granularity) || granularity == Figures.Granularity.Whole))
        {
            throw new DomainException("figures.granularity_invalid", new("粒度须为 day 或 month", "Granularity must be day or month"), "granularity");
        }
        return (from, to, granularity);
    }
}
