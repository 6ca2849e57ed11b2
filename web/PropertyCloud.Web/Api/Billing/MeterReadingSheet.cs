using System.Globalization;
using MiniExcelLibs;

namespace PropertyCloud.Web.Api.Billing;

/// <summary>
/// The meter reader's sheet (XLSX or CSV): column A the unit (building-entrance-number as the console shows it),
/// B the meter (水/电 or Water/Electricity), C the reading. A first row that is not a reading is taken for headings.
/// </summary>
public static class MeterReadingSheet
{
    /// <summary>A row of the sheet: its unit label, meter and reading as written; <see cref="Problem"/> when it cannot be read.</summary>
    public sealed record Row(int Number, string Unit, string? Meter, decimal Reading, string? Problem);

    public static IReadOnlyList<Row> Read(Stream content, string fileName)
    {
        var type = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ExcelType.CSV : ExcelType.XLSX;
        var rows = new List<Row>();
        var number = 0;
        foreach (IDictionary<string, object?> cells in content.Query(useHeaderRow: false, excelType: type))
        {
            number++;
            var unit = Cell(cells, "A");
            var meter = Meter(Cell(cells, "B"));
            var read = decimal.TryParse(Cell(cells, "C"), NumberStyles.Number, CultureInfo.InvariantCulture, out var reading);
            if (number == 1 && !read)
            {
                continue;
            }
            if (unit.Length == 0 && Cell(cells, "C").Length == 0)
            {
                continue;
            }
            rows.Add(new Row(number, unit, meter, reading, !read ? "reading" : meter is null ? "meter" : null));
        }
        return rows;
    }

    private static string Cell(IDictionary<string, object?> cells, string column) =>
        cells.TryGetValue(column, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "" : "";

    private static string? Meter(string written) => written.ToUpperInvariant() switch
    {
        "水" or "水表" or "WATER" => "Water",
        "电" or "电表" or "ELECTRICITY" => "Electricity",
        _ => null,
    };
}
