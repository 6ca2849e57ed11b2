using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.Spreadsheets;

/// <summary>
/// Writes one XLSX sheet whose name and column headings are in the caller's language (zh-CN unless English is asked for),
/// so that an export reads like the console the user exported it from.
/// </summary>
public static class LocalizedSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(LocalizedText sheetName, IReadOnlyList<LocalizedText> columns, IEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var headings = columns.Select(c => c.ToString()).ToArray();
        var sheet = rows.Select(values => Row(headings, values)).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel takes the headings from the first row.
            sheet.Add(Row(headings, new object?[headings.Length]));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: sheetName.ToString(), cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string[] headings, object?[] values)
    {
        var row = new Dictionary<string, object?>(headings.Length);
        for (var i = 0; i < headings.Length; i++)
        {
            row[headings[i]] = values[i];
        }
        return row;
    }
}
