using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>Writes register rows (keyed by column) as CSV with a UTF-8 BOM, so Excel reads the Chinese, or as XLSX.</summary>
public static class RegisterFileWriter
{
    public static string ContentType(bool xlsx) =>
        xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";

    public static async Task<byte[]> WriteAsync(IEnumerable<IReadOnlyDictionary<RegisterColumn, string>> rows, bool xlsx,
        CancellationToken cancellationToken)
    {
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        var sheet = rows.Select(row => RegisterColumns.All.ToDictionary(
            c => c.Header(chinese), object? (c) => row.TryGetValue(c, out var value) ? value : ""));
        using var stream = new MemoryStream();
        if (!xlsx)
        {
            stream.Write(Encoding.UTF8.Preamble);
        }
        var materialised = sheet.ToList();
        if (materialised.Count == 0)
        {
            // MiniExcel needs a row to know the headers; an empty template is the header line alone.
            var header = string.Join(xlsx ? "" : ",", RegisterColumns.All.Select(c => c.Header(chinese)));
            if (!xlsx)
            {
                stream.Write(Encoding.UTF8.GetBytes(header + "\r\n"));
                return stream.ToArray();
            }
            materialised.Add(RegisterColumns.All.ToDictionary(c => c.Header(chinese), object? (_) => null));
        }
        await stream.SaveAsAsync(materialised, excelType: xlsx ? ExcelType.XLSX : ExcelType.CSV, cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
