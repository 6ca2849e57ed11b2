using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Testing;
using UglyToad.PdfPig;

namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>
/// The newer figures in 华润物业's October report, worked out by hand from the scripted October (<see cref="OctoberService"/>,
/// <see cref="ResponseAndReopenFiguresTests"/>): complaints first answered after 30, 45, 120 minutes (median 45, p90 105);
/// C1 reopened twice, O1 once; orders accepted after 15, 30, 40, 55 (median 35, p90 50.5), on site after 40, 60, 80
/// (median 60, p90 76); 日常管理 (82·400 + 72·100) / 500 = 80, 安全管理 90.
/// </summary>
[Collection(OctoberCollection.Name)]
public sealed class ReportFiguresTests(OctoberService service)
{
    private static readonly (string Figure, string Value)[] Expected =
    [
        ("Complaint first response median (min)", "45"),
        ("Complaint first response p90 (min)", "105"),
        ("Complaints reopened", "2"),
        ("Repair orders reopened", "1"),
        ("Accept median (min)", "35"),
        ("Accept p90 (min)", "50.5"),
        ("On site median (min)", "60"),
        ("On site p90 (min)", "76"),
        ("Survey category daily-management", "80"),
        ("Survey category security", "90"),
    ];

    private async Task<ReportSummary> CompanyAReportAsync()
    {
        var response = await service.ClientFor(Roles.Quality).PostAsync("/api/quality/reports/generate?month=2026-10-01", null);
        response.EnsureSuccessStatusCode();
        var reports = (await response.Content.ReadFromJsonAsync<List<ReportSummary>>(TestJson.Options))!;
        return reports.Single(r => r.Company == OctoberService.CompanyA);
    }

    [Fact]
    public async Task CompanyReport_AsXlsx_CarriesFirstResponseReopeningsAndSurveyCategories()
    {
        var report = await CompanyAReportAsync();

        var bytes = await service.ClientFor(Roles.Quality).GetByteArrayAsync(report.Xlsx);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "汇总");
        var summary = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToList())
            .Where(cells => cells.Count == 2 && cells[1].CellValue is not null)
            .ToDictionary(cells => cells[0].InnerText, cells => decimal.Parse(cells[1].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (figure, value) in Expected)
        {
            var row = summary.Single(s => s.Key.EndsWith(figure, StringComparison.Ordinal));
            Assert.True(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) == row.Value, $"{figure}: {row.Value}, expected {value}");
        }
        Assert.Contains(summary.Keys, k => k.StartsWith("满意度分项 日常管理", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompanyReport_AsPdf_CarriesFirstResponseReopeningsAndSurveyCategories()
    {
        var report = await CompanyAReportAsync();

        var bytes = await service.ClientFor(Roles.Quality).GetByteArrayAsync(report.Pdf);

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormKC);
        foreach (var (figure, value) in Expected)
        {
            Assert.Contains(figure.Replace(" ", "", StringComparison.Ordinal) + value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CompanyReport_AsHtml_CarriesFirstResponseReopeningsAndSurveyCategories()
    {
        var report = await CompanyAReportAsync();

        var html = await service.ClientFor(Roles.Quality).GetStringAsync(report.Html);

        foreach (var (figure, value) in Expected)
        {
            Assert.Contains($"{figure}</td><td class=\"n\">{value}</td>", html, StringComparison.Ordinal);
        }
    }
}
