using System.Globalization;
using MiniExcelLibs;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>A downloaded XLSX read back: its headings and its rows' cells as text, in column order.</summary>
internal sealed record DownloadedWorkbook(string FileName, IReadOnlyList<string> Headings, IReadOnlyList<string[]> Rows)
{
    public static async Task<DownloadedWorkbook> ReadAsync(IDownload download)
    {
        using var workbook = new MemoryStream();
        await using (var file = await download.CreateReadStreamAsync())
        {
            await file.CopyToAsync(workbook);
        }
        workbook.Position = 0;
        var headings = MiniExcel.GetColumns(workbook, useHeaderRow: true).ToList();
        workbook.Position = 0;
        var rows = MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray()).ToList();
        return new DownloadedWorkbook(download.SuggestedFilename, headings, rows);
    }

    /// <summary>Clicks the page's export link (data-test=export) and reads what it downloaded.</summary>
    public static async Task<DownloadedWorkbook> ExportAsync(IPage page) =>
        await ReadAsync(await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=export]").ClickAsync()));

    /// <summary>The cell of <paramref name="row"/> under <paramref name="heading"/>.</summary>
    public string Cell(string[] row, string heading) => row[Headings.ToList().IndexOf(heading)];
}
