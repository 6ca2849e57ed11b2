using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;
using UglyToad.PdfPig;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class PrintingTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task ContentsList_ListsTheFilesDocumentsWithWhereTheOriginalLies()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());

        var response = await archivist.GetAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/contents-list");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("档案袋文件清单", html, StringComparison.Ordinal);
        Assert.Contains(file.FileNumber, html, StringComparison.Ordinal);
        Assert.Contains("入伙登记表", html, StringComparison.Ordinal);
        Assert.Contains("KH-03-2-15", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CabinetIndex_InEnglish_PlacesEachOriginalInItsBox()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());
        var engineering = await EngineeringFiles.OpenAsync(archivist, _estateId);
        await EngineeringFiles.FileAsync(archivist, _estateId, engineering.Id,
            Uploads.Form(Uploads.Pdf(), "竣工图.pdf", title: "3栋竣工图", category: "Drawing", level: "C", indexNumber: "GC-01-1-02"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/archives/estates/{_estateId}/cabinet-index");
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var html = await (await archivist.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Cabinet index", html, StringComparison.Ordinal);
        Assert.Contains("<td>KH-03-2-15</td><td>" + file.FileNumber + "</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>GC-01-1-02</td><td>" + engineering.FileNumber + "</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentsList_OfAnotherEstatesFile_Returns404()
    {
        var file = await service.OpenFileAsync(Guid.NewGuid());

        var response = await service.ClientFor(Roles.Archivist, _estateId).GetAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/contents-list");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ContentsListAndCabinetIndex_AsPdf_CarryTheirChineseHeadingsAndTheIndexNumber()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());

        var contents = await archivist.GetAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/contents-list?format=pdf");
        var index = await archivist.GetAsync($"/api/archives/estates/{_estateId}/cabinet-index?format=pdf");

        Assert.Equal(HttpStatusCode.OK, contents.StatusCode);
        Assert.Equal("application/pdf", contents.Content.Headers.ContentType?.MediaType);
        var contentsText = await TextOfAsync(contents);
        Assert.Contains("档案袋文件清单", contentsText, StringComparison.Ordinal);
        Assert.Contains("KH-03-2-15", contentsText, StringComparison.Ordinal);
        Assert.Contains("档案柜索引", await TextOfAsync(index), StringComparison.Ordinal);
    }

    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(page => page.Text)).Replace(" ", "", StringComparison.Ordinal);
        return text.Normalize(System.Text.NormalizationForm.FormKC);
    }

    [Theory]
    [InlineData("cabinet-index?format=docx")]
    [InlineData("documents/00000000-0000-0000-0000-000000000001/view?format=xlsx")]
    public async Task Print_InAFormatOtherThanHtmlOrPdf_Returns422NamingFormat(string path)
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).GetAsync($"/api/archives/estates/{_estateId}/{path}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("format", out _));
    }
}
