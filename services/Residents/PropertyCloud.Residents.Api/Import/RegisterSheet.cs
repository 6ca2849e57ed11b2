using System.Globalization;
using System.Text;
using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>The rows of an uploaded CSV (UTF-8, or GB18030 as Excel saves it in China) or XLSX register file.</summary>
public sealed class RegisterSheet
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public List<RegisterRow> Rows { get; } = [];
    public List<ImportError> HeaderErrors { get; } = [];

    static RegisterSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RegisterSheet Read(byte[] content, RegisterFileFormat format)
    {
        var sheet = new RegisterSheet();
        using var stream = new MemoryStream(format == RegisterFileFormat.Csv ? AsUtf8(content) : content);
        var excelType = format == RegisterFileFormat.Csv ? ExcelType.CSV : ExcelType.XLSX;
        string?[]? columns = null;
        var line = 0;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: excelType))
        {
            line++;
            if (columns is null)
            {
                columns = sheet.ReadHeader(cells);
                continue;
            }
            var values = new Dictionary<string, string>();
            var i = 0;
            foreach (var cell in cells.Values)
            {
                if (i < columns.Length && columns[i] is { } key && Text(cell) is { Length: > 0 } text)
                {
                    values[key] = text;
                }
                i++;
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

    private string?[] ReadHeader(IDictionary<string, object?> cells)
    {
        var headers = cells.Values.Select(c => Text(c)).ToList();
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

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? "",
    };

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
