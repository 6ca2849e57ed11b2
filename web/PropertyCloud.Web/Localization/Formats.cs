using System.Globalization;

namespace PropertyCloud.Web.Localization;

/// <summary>Money in yuan, areas in m² and times in the estate's zone, written the way the user's language writes them.</summary>
public static class Formats
{
    private static readonly TimeZoneInfo DefaultZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Money(decimal amount) => string.Format(CultureInfo.CurrentCulture, "¥{0:N2}", amount);

    /// <summary>A unit price: yuan with up to four decimals (water is priced to the fen and a half).</summary>
    public static string Rate(decimal rate) => string.Format(CultureInfo.CurrentCulture, "¥{0:#,0.00##}", rate);

    public static string Area(decimal? squareMetres) =>
        squareMetres is null ? "" : string.Format(CultureInfo.CurrentCulture, "{0:N2} m²", squareMetres);

    public static string Time(DateTimeOffset? at, string? timeZone = null)
    {
        if (at is null)
        {
            return "";
        }
        var zone = timeZone is null ? DefaultZone : TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : DefaultZone;
        return TimeZoneInfo.ConvertTime(at.Value, zone).ToString("g", CultureInfo.CurrentCulture);
    }
}
