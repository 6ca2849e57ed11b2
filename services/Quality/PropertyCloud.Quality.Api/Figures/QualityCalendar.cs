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
}
