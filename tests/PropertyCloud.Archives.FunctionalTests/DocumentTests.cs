using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class DocumentTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task FileDocument_WithPdf_StoresItUnderItsHashAndDownloadsTheSameBytes()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var content = Uploads.Pdf();

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents", Uploads.Form(content));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.Equal(sha256, Assert.Single(document.Versions).Sha256);
        Assert.Equal(DocumentCategory.MoveInForm, document.Category);
        Assert.Equal(ConfidentialityLevel.B, document.Level);
        Assert.Equal(30, document.RetentionYears);
        Assert.Equal("KH-03-2-15", document.IndexNumber);
        Assert.True(File.Exists(Path.Combine(service.DocumentRoot, sha256[..2], sha256)));

        var download = await archivist.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"\"{sha256}\"", download.Headers.ETag!.Tag);
        var filed = await Eventually.GetAsync(() => Task.FromResult(service.DocumentsFiled.FirstOrDefault(e => e.DocumentId == document.Id)));
        Assert.Equal((file.Id, file.UnitId, "MoveInForm", "B"), (filed.FileId, filed.UnitId, filed.Category, filed.Level));
    }

    [Theory]
    [InlineData("setup.exe", "application/pdf", "document.type_not_accepted")]
    [InlineData("合同.pdf", "text/plain", "document.content_type_mismatch")]
    [InlineData("合同.png", "image/png", "document.content_mismatch")]
    public async Task FileDocument_OfTheWrongType_Returns422NamingTheFile(string fileName, string contentType, string code)
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(Uploads.Pdf(), fileName, contentType));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task FileDocument_WhenRenamedExecutableClaimsToBePdf_Returns422()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var executable = new byte[2048];
        "MZ"u8.CopyTo(executable);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(executable, "invoice.pdf", "application/pdf"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("document.content_mismatch", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task FileDocument_OverTheSizeLimit_Returns413WithAProblem()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(Uploads.Pdf((int)ArchivesService.MaxDocumentBytes + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("document.too_large", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task FileDocument_WithoutTitleOrWithABadIndexNumber_Returns400NamingTheFields()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(Uploads.Pdf(), title: "", indexNumber: "cabinet 3"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("indexNumber", out _));
    }

    [Fact]
    public async Task FileDocument_WithoutRetentionYears_TakesTheCategoryDefault()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(Uploads.Pdf(), category: "SurveyRecord", level: "C", indexNumber: null));

        var document = (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
        Assert.Equal(3, document.RetentionYears);
        Assert.Equal(document.FiledAt.AddYears(3), document.RetainUntil);
        Assert.Null(document.IndexNumber);
    }

    [Fact]
    public async Task AddVersion_KeepsEveryVersionDownloadable()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var first = Uploads.Pdf();
        var second = Uploads.Pdf();
        var document = await Uploads.FileAsync(archivist, _estateId, file.Id, first);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/versions",
            Uploads.VersionForm(second));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
        Assert.Equal(2, updated.CurrentVersion);
        Assert.Equal([1, 2], updated.Versions.Select(v => v.Number));
        Assert.Equal(second, await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content"));
        Assert.Equal(first, await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content?version=1"));
    }

    [Fact]
    public async Task Download_WhenTheStoredContentWasCorrupted_Returns409SayingVerificationFailed()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var content = Uploads.Pdf();
        var document = await Uploads.FileAsync(archivist, _estateId, file.Id, content);
        var sha256 = document.Versions[0].Sha256;
        var blob = Path.Combine(service.DocumentRoot, sha256[..2], sha256);
        var corrupted = (byte[])content.Clone();
        corrupted[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(blob, corrupted);

        var response = await archivist.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("document.content_failed_verification",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // Uploading the original again restores the stored copy.
        await archivist.PostAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/versions", Uploads.VersionForm(content));
        var restored = await archivist.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content?version=1");
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Owner)]
    [InlineData(Roles.FrontDesk)]
    public async Task FileDocument_ByAnyoneButACustodian_Returns403(string role)
    {
        var file = await service.OpenFileAsync(_estateId);

        var response = await service.ClientFor(role, _estateId)
            .PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents", Uploads.Form(Uploads.Pdf()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_ByStaffWithoutALoan_Returns403()
    {
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf());

        var response = await service.ClientFor(Roles.FrontDesk, _estateId)
            .GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_ByArchivistOfAnotherEstate_Returns403()
    {
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf());

        var response = await service.ClientFor(Roles.Archivist, Guid.NewGuid())
            .GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
