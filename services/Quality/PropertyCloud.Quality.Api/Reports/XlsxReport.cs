using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PropertyCloud.Quality.Api.Reports;

/// <summary>Renders a monthly report as a workbook with a summary sheet and an estates sheet.</summary>
internal static class XlsxReport
{
    public static byte[] Render(ReportContent report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(document, "汇总", 1, [[report.Title], ReportColumns.SummaryHeaders,
                .. ReportColumns.Summary(report.Totals).Select(s => new[] { s.Name, s.Value })]);
            AddSheet(document, "小区排名", 2, [ReportColumns.EstateHeaders, .. ReportColumns.Estates(report.Estates)]);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(SpreadsheetDocument document, string name, uint id, IEnumerable<object?[]> rows)
    {
        var workbook = document.WorkbookPart!;
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            data.Append(new Row(values.Select(Cell)));
        }
        part.Worksheet = new Worksheet(data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        decimal or int or long or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
    };
}
