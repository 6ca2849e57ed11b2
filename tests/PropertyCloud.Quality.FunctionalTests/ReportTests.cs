using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Testing;
using UglyToad.PdfPig;

namespace PropertyCloud.Quality.FunctionalTests;

[Collection(OctoberCollection.Name)]
public sealed class ReportTests(OctoberService service)
{
    private async Task<List<ReportSummary>> GenerateOctoberAsync()
    {
        var response = await service.ClientFor(Roles.Quality).PostAsync("/api/quality/reports/generate?month=2026-10-01", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<ReportSummary>>(TestJson.Options))!;
    }

    [Fact]
    public async Task Generate_ForOctober_WritesTheGroupsAndEachCompanysReport()
    {
        var reports = await GenerateOctoberAsync();

        Assert.Equal([("company", OctoberService.CompanyB), ("company", OctoberService.CompanyA), ("group", "")],
            reports.Select(r => (r.Scope, r.Company)).OrderBy(r => r.Scope).ThenBy(r => r.Company, StringComparer.Ordinal));
    }

    [Fact]
    public async Task CompanyReport_AsHtml_ShowsItsEstatesRankedWithTheirScores()
    {
        var report = (await GenerateOctoberAsync()).Single(r => r.Company == OctoberService.CompanyA);

        var html = await service.ClientFor(Roles.Quality).GetStringAsync(report.Html);

        Assert.Contains("华润物业 品质月报 2026年10月", html, StringComparison.Ordinal);
        var e2 = html.IndexOf("E2小区", StringComparison.Ordinal);
        var e1 = html.IndexOf("E1小区", StringComparison.Ordinal);
        Assert.True(e2 > 0 && e1 > e2, "E2 (90) ranks above E1 (60.83).");
        Assert.Contains("<td class=\"n\">60.83</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("E3小区", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyReport_AsPdf_CarriesItsChineseTitleAndScores()
    {
        var report = (await GenerateOctoberAsync()).Single(r => r.Company == OctoberService.CompanyA);

        var response = await service.ClientFor(Roles.Quality).GetAsync(report.Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // NFKC folds the Kangxi radicals the CJK font maps some glyphs to (⽉ for 月) back into the ideographs.
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormKC);
        Assert.Contains("品质月报2026年10月", text, StringComparison.Ordinal);
        Assert.Contains("60.83", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyReport_AsXlsx_HoldsTheSameScores()
    {
        var report = (await GenerateOctoberAsync()).Single(r => r.Company == OctoberService.CompanyA);

        var bytes = await service.ClientFor(Roles.Quality).GetByteArrayAsync(report.Xlsx);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "小区排名");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        var scores = rows.Skip(1).Select(r => r.Elements<Cell>().ElementAt(4).CellValue!.Text).ToList();
        Assert.Equal(["90.00", "60.83"], scores);
    }

    [Fact]
    public async Task Reports_ForAnEstateManager_AreForbidden()
    {
        var response = await service.ClientFor(Roles.EstateManager, service.E1).GetAsync("/api/quality/reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ReportJob_OnTwoInstancesAfterSeptemberEnded_WritesSeptembersReportsOnce()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 1, 0, 0, TimeSpan.Zero));
        await using var first = Instance(clock);
        await using var second = Instance(clock);
        _ = first.Server;
        _ = second.Server;

        await Eventually.TrueAsync(async () => await SeptemberReportsAsync() >= 3, because: "September's reports were not generated.");
        await Task.Delay(500);

        Assert.Equal(3, await SeptemberReportsAsync());
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Instance(TimeProvider clock) =>
        service.Factory.WithWebHostBuilder(host =>
        {
            host.UseSetting("Quality:Reports:Enabled", "true");
            host.ConfigureTestServices(services => services.AddSingleton(clock));
        });

    private async Task<long> SeptemberReportsAsync()
    {
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM monthly_reports WHERE month = DATE '2026-09-01'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
