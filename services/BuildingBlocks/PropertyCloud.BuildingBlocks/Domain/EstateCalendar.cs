namespace PropertyCloud.BuildingBlocks.Domain;

/// <summary>
/// Days as the estates count them: due dates, deadlines, "today" and monthly reports fall on China Standard Time days
/// (Asia/Shanghai), not UTC days. Every service asks here instead of converting on its own.
/// </summary>
public static class EstateCalendar
{
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The instant in the estates' local time.</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The local day an instant falls on.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>The UTC instant of <paramref name="time"/> on the local <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The UTC instant the local <paramref name="day"/> begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary>
    /// The days any figure, report or period may be asked about. Outside them a typo (year 0226) would be answered
    /// as if meant, and the first and last days of the calendar have no UTC instant to convert to.
    /// </summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    public static readonly DateOnly LatestDay = new(2099, 12, 31);
}
