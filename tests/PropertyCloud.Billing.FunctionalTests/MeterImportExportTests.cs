using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>The refused lines of a meter import as XLSX, and what a user reads when a sheet cannot be read at all.</summary>
[Collection(BillingCollection.Name)]
public sealed class MeterImportExportTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private MeterImportDesk Imports => new(_desk);

    [Theory]
    [InlineData("zh-CN", "行号", "列", "原因", "房屋", "表计")]
    [InlineData("en-US", "Line", "Column", "Reason", "Unit", "Meter")]
    public async Task ExportErrors_OfAJobWithRefusedLines_ListsEachWithItsColumnInTheCallersLanguage(
        string language, string line, string column, string reason, string unitColumn, string meterColumn)
    {
        await _desk.UnitAsync(number: "1501");
        var job = await Imports.ImportAsync("2026-06", "房屋,表计,读数\n3栋-1-1501,水,12.5\n9栋-9-999,水,1\n3栋-1-1501,气,1\n");
        var client = _desk.ClientAs(Roles.Finance);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.GetAsync($"{Imports.Imports}/{job.Id}/errors/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var rows = UploadedSheet.Rows(await response.Content.ReadAsByteArrayAsync(), SpreadsheetKind.Xlsx).ToList();
        Assert.Equal([line, column, reason], rows[0]);
        Assert.Equal([("3", unitColumn), ("4", meterColumn)], rows.Skip(1).Select(r => (r[0], r[1])));
        // The reasons as recorded for the uploader (zh-CN here).
        Assert.Equal("本小区没有房屋 9栋-9-999", rows[1][2]);
    }

    [Fact]
    public async Task ExportErrors_OfAnotherEstatesJob_IsNotFound_AndReadOnlyRolesMayDownload()
    {
        await _desk.UnitAsync();
        var job = await Imports.ImportAsync("2026-06", "3栋-1-1502,水,1\n");
        var other = new FinanceDesk(service);

        var elsewhere = await other.Client.GetAsync($"{other.Estate}/meter-reading-imports/{job.Id}/errors/export");
        var quality = await _desk.ClientAs(Roles.Quality).GetAsync($"{Imports.Imports}/{job.Id}/errors/export");
        var foreignEstate = await other.Client.GetAsync($"{Imports.Imports}/{job.Id}/errors/export");

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, quality.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignEstate.StatusCode);
        var rows = UploadedSheet.Rows(await quality.Content.ReadAsByteArrayAsync(), SpreadsheetKind.Xlsx).ToList();
        Assert.Equal(["行号", "列", "原因"], rows[0]);
        Assert.All(rows.Skip(1), r => Assert.All(r, cell => Assert.Equal("", cell)));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Import_FileThatIsNoWorkbook_FailsWithAReasonInTheUploadersLanguageOnly(string language)
    {
        var client = _desk.ClientAs(Roles.Finance);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var accepted = await FinanceDesk.ReadAsync<MeterImportJobResponse>(
            await Imports.UploadAsync("2026-08", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], "broken.xlsx", client), HttpStatusCode.Accepted);

        var job = await Imports.FinishedAsync(accepted.Id);

        var reason = UnreadableSheet.Reason(SpreadsheetKind.Xlsx);
        Assert.Equal(MeterImportStatus.Failed, job.Status);
        Assert.Equal(language == "en-US" ? reason.English : reason.Chinese, job.Problem);
    }
}
