using System.Globalization;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A billing period, one calendar month, written "YYYY-MM".</summary>
public readonly record struct BillingPeriod(int Year, int Month)
{
    public static bool TryParse(string? text, out BillingPeriod period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 2000 || year > 2100 || month < 1 || month > 12)
        {
            return false;
        }
        period = new BillingPeriod(year, month);
        return true;
    }

    /// <summary>Parses a period the request validator has already checked.</summary>
    public static BillingPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a YYYY-MM period.");

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public BillingPeriod Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    /// <summary>Bills fall due on the 15th of the month after their period.</summary>
    public DateOnly DueDate() => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(14);

    public override string ToString() => $"{Year:0000}-{Month:00}";
}
