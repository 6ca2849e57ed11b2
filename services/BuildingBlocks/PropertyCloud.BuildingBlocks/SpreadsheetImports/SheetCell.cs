using System.Globalization;

namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>A cell as the text an importer parses: numbers invariant, dates as yyyy-MM-dd, surrounding spaces trimmed.</summary>
public static class SheetCell
{
    public static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
