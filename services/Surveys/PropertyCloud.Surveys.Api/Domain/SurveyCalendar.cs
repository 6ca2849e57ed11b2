namespace PropertyCloud.Surveys.Api.Domain;

/// <summary>Deadlines are dates in the estates' time zone (Asia/Shanghai), not UTC.</summary>
public static class SurveyCalendar
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, China).DateTime);
}
