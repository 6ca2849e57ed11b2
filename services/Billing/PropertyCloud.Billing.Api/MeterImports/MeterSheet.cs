using System.Globalization;
using System.Text;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>
/// Reads the lines of a meter sheet: CSV (UTF-8, or GB18030 as Excel saves it in China) or the first sheet of an XLSX.
/// A first line without a number in the reading column is taken for the headings; empty lines are skipped.
/// </summary>
public static class MeterSheet
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static MeterSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<MeterSheetLine> Read(byte[] content, MeterSheetFormat format)
    {
        using var stream = new MemoryStream(format == MeterSheetFormat.Csv ? AsUtf8(content) : content);
        var lines = new List<MeterSheetLine>();
        var number = 0;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false,
            excelType: format == MeterSheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX))
        {
            number++;
            var (unit, meter, reading, replacement) = (Cell(cells, "A"), Cell(cells, "B"), Cell(cells, "C"), Cell(cells, "D"));
            if ((number == 1 && !MeterSheetLine.IsNumber(reading)) || (unit.Length == 0 && meter.Length == 0 && reading.Length == 0))
            {
                continue;
            }
            lines.Add(MeterSheetLine.Parse(number, unit, meter, reading, replacement));
        }
        return lines;
    }

    private static string Cell(IDictionary<string, object?> cells, string column) => cells.TryGetValue(column, out var value)
        ? value switch
        {
            null => "",
            double number => number.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
            _ => value.ToString()?.Trim() ?? "",
        }
        : "";

    private static byte[] AsUtf8(byte[] content)
    {
        try
        {
            StrictUtf8.GetString(content);
            return content;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetBytes(Encoding.GetEncoding("GB18030").GetString(content));
        }
    }
}
