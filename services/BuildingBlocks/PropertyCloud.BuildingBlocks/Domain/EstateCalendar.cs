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
}
