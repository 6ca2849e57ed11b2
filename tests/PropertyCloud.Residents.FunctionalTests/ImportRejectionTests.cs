using System.Net;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;
using PropertyCloud.Residents.Api.Domain.Imports;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>What a user gets back from an import that is refused: the errors as a workbook, and a reason for a file that cannot be read.</summary>
public sealed class ImportRejectionTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private const string BadFloor = "9栋,1,三,0302,,120,98,居住,,,,,,,,,,,,,";
    private const string BadUsage = "9栋,1,4,0401,,120,98,出租,,,,,,,,,,,,,";

    [Theory]
    [InlineData("zh-CN", "行号", "列", "原因")]
    [InlineData("en-US", "Line", "Column", "Reason")]
    public async Task ExportErrors_OfARejectedImport_ListsLineColumnAndReasonHeadedInTheCallersLanguage(
        string language, string line, string column, string reason)
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);
        var job = await client.ImportAsync(ImportClient.Csv(BadFloor, BadUsage));
        Assert.Equal(ImportStatus.Rejected, job.Status);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{client.Base}/imports/{job.Id}/errors/export");
        request.Headers.AcceptLanguage.ParseAdd(language);

        var response = await client.Manager.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = UploadedSheet.Rows(await response.Content.ReadAsByteArrayAsync(), SpreadsheetKind.Xlsx).ToList();
        Assert.Equal([line, column, reason], rows[0]);
        Assert.Equal(job.Errors.Select(e => new[] { e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Column, e.Message }),
            rows.Skip(1));
        Assert.Equal([("2", "楼层"), ("3", "用途")], rows.Skip(1).Select(r => (r[0], r[1])));
    }

    [Fact]
    public async Task ExportErrors_AsFinanceOrOfAnotherEstatesImport_IsRefused()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);
        var job = await client.ImportAsync(ImportClient.Csv(BadFloor));
        var other = await ImportClient.ForNewEstateAsync(service.Factory);

        var finance = await client.As(Roles.Finance).GetAsync($"{client.Base}/imports/{job.Id}/errors/export");
        var elsewhere = await other.Manager.GetAsync($"{other.Base}/imports/{job.Id}/errors/export");
        var foreignEstate = await other.Manager.GetAsync($"{client.Base}/imports/{job.Id}/errors/export");

        Assert.Equal(HttpStatusCode.Forbidden, finance.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignEstate.StatusCode);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task Import_FileThatIsNoWorkbook_IsRejectedWithAReasonInTheUploadersLanguageOnly(string language)
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var job = await client.ImportAsync([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], "broken.xlsx", language);

        var reason = UnreadableSheet.Reason(SpreadsheetKind.Xlsx);
        Assert.Equal(ImportStatus.Rejected, job.Status);
        Assert.Equal((1, language == "en-US" ? reason.English : reason.Chinese), (Assert.Single(job.Errors).Line, job.Errors[0].Message));
    }
}
