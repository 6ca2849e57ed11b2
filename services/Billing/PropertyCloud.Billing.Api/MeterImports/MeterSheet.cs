using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Reads the lines of a meter sheet: CSV (UTF-8, or GB18030 as Excel saves it in China) or the first sheet of an XLSX.
/// A first line without a number in the reading column is taken for the headings; empty lines are skipped.
/// </summary>
public static class MeterSheet
{
    public static IReadOnlyList<MeterSheetLine> Read(byte[] content, MeterSheetFormat format)
    {
        var lines = new List<MeterSheetLine>();
        var number = 0;
        foreach (var cells in UploadedSheet.Rows(content, Kind(format)))
        {
            number++;
            var (unit, meter, reading, replacement) = (Cell(cells, 0), Cell(cells, 1), Cell(cells, 2), Cell(cells, 3));
            if ((number == 1 && !MeterSheetLine.IsNumber(reading)) || (unit.Length == 0 && meter.Length == 0 && reading.Length == 0))
            {
                continue;
            }
            lines.Add(MeterSheetLine.Parse(number, unit, meter, reading, replacement));
        }
        return lines;
    }

    public static SpreadsheetKind Kind(MeterSheetFormat format) => format == MeterSheetFormat.Csv ? SpreadsheetKind.Csv : SpreadsheetKind.Xlsx;

    private static string Cell(string[] cells, int column) => column < cells.Length ? cells[column] : "";
}
