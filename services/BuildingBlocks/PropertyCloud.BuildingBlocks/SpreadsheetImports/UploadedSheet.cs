using MiniExcelLibs;

namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>
/// The rows of an uploaded CSV (see <see cref="CsvEncoding"/>) or of an XLSX's first sheet, each as its cells' text from
/// column A on (<see cref="SheetCell"/>), read one at a time; headings are not recognised here, the first row is row 1.
/// </summary>
public static class UploadedSheet
{
    /// <exception cref="Exception">Whatever the reader throws for a file it cannot read (see <see cref="UnreadableSheet"/>).</exception>
    public static IEnumerable<string[]> Rows(byte[] content, SpreadsheetKind kind)
    {
        using var stream = new MemoryStream(kind == SpreadsheetKind.Csv ? CsvEncoding.ToUtf8(content) : content);
        var excelType = kind == SpreadsheetKind.Csv ? ExcelType.CSV : ExcelType.XLSX;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: excelType))
        {
            yield return [.. cells.Values.Select(SheetCell.Text)];
        }
    }
}
