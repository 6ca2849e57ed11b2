using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;
using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>The rows of an uploaded CSV (UTF-8, or GB18030 as Excel saves it in China) or XLSX register file.</summary>
public sealed class RegisterSheet
{
    public List<RegisterRow> Rows { get; } = [];
    public List<ImportError> HeaderErrors { get; } = [];

    public static RegisterSheet Read(byte[] content, RegisterFileFormat format)
    {
        var sheet = new RegisterSheet();
        string?[]? columns = null;
        var line = 0;
        foreach (var cells in UploadedSheet.Rows(content, format == RegisterFileFormat.Csv ? SpreadsheetKind.Csv : SpreadsheetKind.Xlsx))
        {
            line++;
            if (columns is null)
            {
                columns = sheet.ReadHeader(cells);
                continue;
            }
            var values = new Dictionary<string, string>();
            for (var i = 0; i < cells.Length && i < columns.Length; i++)
            {
                if (columns[i] is { } key && cells[i] is { Length: > 0 } text)
                {
                    values[key] = text;
                }
            }
            if (values.Count > 0)
            {
                sheet.Rows.Add(new RegisterRow(line, values));
            }
        }
        if (columns is null)
        {
            sheet.HeaderErrors.Add(new ImportError(1, "", new LocalizedText("文件为空，缺少表头行", "The file is empty: no header row").ToString()));
        }
        return sheet;
    }

    private string?[] ReadHeader(string[] headers)
    {
        var columns = headers.Select(h => RegisterColumns.FromHeader(h)?.Key).ToArray();
        foreach (var unknown in headers.Where((h, i) => h.Length > 0 && columns[i] is null))
        {
            HeaderErrors.Add(new ImportError(1, unknown, new LocalizedText($"无法识别的列：{unknown}", $"Unknown column: {unknown}").ToString()));
        }
        foreach (var missing in RegisterColumns.All.Where(c => c.Required && !columns.Contains(c.Key)))
        {
            HeaderErrors.Add(new ImportError(1, missing.Chinese,
                new LocalizedText($"缺少必填列：{missing.Chinese}", $"Missing required column: {missing.English}").ToString()));
        }
        return columns;
    }
}
