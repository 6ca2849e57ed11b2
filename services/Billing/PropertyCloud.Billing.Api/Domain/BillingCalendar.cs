namespace PropertyCloud.Billing.Api.Domain;

/// <summary>Due dates are calendar days in the estates' time zone (Asia/Shanghai), not UTC days.</summary>
public static class BillingCalendar
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, China).DateTime);
}
