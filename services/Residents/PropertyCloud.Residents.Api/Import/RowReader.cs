using System.Globalization;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>Reads typed values from one row, collecting a clear error for every cell that does not parse.</summary>
internal sealed class RowReader(RegisterRow row, List<ImportError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.MM.dd", "yyyy.M.d"];

    public int Line => row.Line;

    public int ErrorCount => errors.Count;

    public bool Has(RegisterColumn column) => row.Has(column);

    public string Text(RegisterColumn column) => row[column];

    public int Int(RegisterColumn column)
    {
        var text = row[column];
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number)
                && int.TryParse(number.ToString(CultureInfo.InvariantCulture), out value)))
        {
            return value;
        }
        Fail(column, new($"{column.Chinese}必须是整数：{text}", $"{column.English} must be a whole number: {text}"));
        return 0;
    }

    public decimal Decimal(RegisterColumn column)
    {
        var text = row[column].Replace("㎡", "", StringComparison.Ordinal).Replace("m²", "", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return Math.Round(value, 2);
        }
        Fail(column, new($"{column.Chinese}必须是数字：{row[column]}", $"{column.English} must be a number: {row[column]}"));
        return 0;
    }

    public DateOnly? Date(RegisterColumn column)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        // A date cell Excel left unformatted arrives as its serial number.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100_000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        Fail(column, new($"{column.Chinese}不是有效日期（如 2024-03-01）：{text}", $"{column.English} is not a valid date (e.g. 2024-03-01): {text}"));
        return null;
    }

    public T Label<T>(RegisterColumn column, T fallback, TryParseLabel<T> parse)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return fallback;
        }
        if (parse(text, out var value))
        {
            return value;
        }
        Fail(column, new($"{column.Chinese}的值无法识别：{text}", $"{column.English} has an unknown value: {text}"));
        return fallback;
    }

    public void Fail(RegisterColumn column, LocalizedText message) => errors.Add(new ImportError(row.Line, column.Header(IsChinese), message.ToString()));

    public void Report(RegisterColumn column, string message) => errors.Add(new ImportError(row.Line, column.Header(IsChinese), message));

    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
}

internal delegate bool TryParseLabel<T>(string text, out T value);
