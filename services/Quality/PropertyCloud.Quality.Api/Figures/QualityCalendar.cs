using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Days and months as the estates count them (Asia/Shanghai).</summary>
public static class QualityCalendar
{
    public static readonly TimeZoneInfo TimeZone = EstateCalendar.TimeZone;

    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow());

    /// <summary>The local day an instant falls on.</summary>
    public static DateOnly Day(DateTimeOffset instant) => EstateCalendar.Day(instant);

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastOfMonth(DateOnly day) => FirstOfMonth(day).AddMonths(1).AddDays(-1);

    /// <summary>Days the figures can be asked about (<see cref="EstateCalendar.EarliestDay"/>).</summary>
    public static readonly DateOnly EarliestDay = EstateCalendar.EarliestDay;

    public static readonly DateOnly LatestDay = EstateCalendar.LatestDay;

    /// <summary>Refuses a day outside <see cref="EarliestDay"/>..<see cref="LatestDay"/>, naming the parameter.</summary>
    public static DateOnly Supported(DateOnly day, string field) => day >= EarliestDay && day <= LatestDay
        ? day
        : throw new DomainException("figures.date_out_of_range",
            new($"{field} 须在 {EarliestDay:yyyy-MM-dd} 至 {LatestDay:yyyy-MM-dd} 之间", $"{field} must be between {EarliestDay:yyyy-MM-dd} and {LatestDay:yyyy-MM-dd}"), field);
}
