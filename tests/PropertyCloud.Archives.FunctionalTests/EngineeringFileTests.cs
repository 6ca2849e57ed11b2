using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class EngineeringFileTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Owner_SeesAndDownloadsOnlyDrawingsMarkedPublic()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await EngineeringFiles.OpenAsync(archivist, _estateId);
        var publicContent = Uploads.Pdf();
        var plan = await EngineeringFiles.FileAsync(archivist, _estateId, file.Id,
            Uploads.Form(publicContent, "总平面图.pdf", title: "总平面图", category: "Drawing", level: "C", isPublic: true));
        var wiring = await EngineeringFiles.FileAsync(archivist, _estateId, file.Id,
            Uploads.Form(Uploads.Pdf(), "配电系统图.pdf", title: "配电系统图", category: "Drawing", level: "C"));
        var owner = service.ClientFor(Roles.Owner, _estateId);

        var listed = await owner.GetFromJsonAsync<IReadOnlyList<DocumentResponse>>(
            $"/api/archives/estates/{_estateId}/public-drawings", TestJson.Options);
        var downloaded = await owner.GetByteArrayAsync($"/api/archives/estates/{_estateId}/public-drawings/{plan.Id}/content");
        var hidden = await owner.GetAsync($"/api/archives/estates/{_estateId}/public-drawings/{wiring.Id}/content");
        var direct = await owner.GetAsync($"/api/archives/estates/{_estateId}/documents/{wiring.Id}/content");

        Assert.Equal([plan.Id], listed!.Select(d => d.Id));
        Assert.Equal(publicContent, downloaded);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
    }

    [Fact]
    public async Task FileDocument_MarkingAnOwnerRecordPublic_Returns422NamingPublic()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await EngineeringFiles.OpenAsync(archivist, _estateId);

        var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/archive-files/{file.Id}/documents",
            Uploads.Form(Uploads.Pdf(), title: "接管验收记录", category: "HandoverRecord", level: "B", isPublic: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("document.only_drawings_public", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("public", out _));
    }

    [Fact]
    public async Task HandoverRecord_FiledInAnEngineeringFile_IsListedWithTheFileAndReadByCustodians()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await EngineeringFiles.OpenAsync(archivist, _estateId);
        var handover = await EngineeringFiles.FileAsync(archivist, _estateId, file.Id,
            Uploads.Form(Uploads.Pdf(), "接管验收.pdf", title: "3栋接管验收记录", category: "HandoverRecord", level: "B", indexNumber: "GC-01-1-02"));

        var listed = await archivist.GetFromJsonAsync<IReadOnlyList<DocumentResponse>>(
            $"/api/archives/estates/{_estateId}/files/{file.Id}/documents", TestJson.Options);
        var read = await service.ClientFor(Roles.EstateManager, _estateId).GetAsync($"/api/archives/estates/{_estateId}/documents/{handover.Id}");

        Assert.Equal([handover.Id], listed!.Select(d => d.Id));
        Assert.Equal(100, handover.RetentionYears);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task OpenFile_StaffFileWithoutAStaffMember_Returns422NamingStaffId()
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/archive-files",
            new { kind = "Staff", fileNumber = "RS-0001", title = "员工档案" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("staffId", out _));
    }

    [Fact]
    public async Task OpenFile_ByFrontDesk_Returns403()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/archive-files",
            new { kind = "Engineering", fileNumber = "GC-0001", title = "竣工图" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("Engineering", "Drawing", "C")]
    [InlineData("Staff", "StaffRecord", "B")]
    public async Task FileDocument_IntoAFileOfNoUnit_PublishesDocumentFiledOnceWithTheFileKindAndNoUnit(string kind, string category, string level)
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await EngineeringFiles.OpenAsync(archivist, _estateId, kind, kind == "Staff" ? Guid.NewGuid().ToString() : null);

        var document = await EngineeringFiles.FileAsync(archivist, _estateId, file.Id,
            Uploads.Form(Uploads.Pdf(), "档案.pdf", title: "3栋竣工图", category: category, level: level));

        var filed = await Eventually.GetAsync(() => Task.FromResult(service.DocumentsFiled.FirstOrDefault(e => e.DocumentId == document.Id)));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Single(service.DocumentsFiled, e => e.DocumentId == document.Id);
        Assert.Equal((kind, (Guid?)null, file.Id, _estateId, category, level),
            (filed.FileKind, filed.UnitId, filed.FileId, filed.EstateId, filed.Category, filed.Level));
    }

    [Fact]
    public async Task FileDocument_IntoAUnitsFile_PublishesDocumentFiledOnceNamingTheUnit()
    {
        var file = await service.OpenFileAsync(_estateId);

        var document = await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf());

        var filed = await Eventually.GetAsync(() => Task.FromResult(service.DocumentsFiled.FirstOrDefault(e => e.DocumentId == document.Id)));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Single(service.DocumentsFiled, e => e.DocumentId == document.Id);
        Assert.Equal((DocumentFiled.CustomerFile, (Guid?)file.UnitId, file.Id), (filed.FileKind, filed.UnitId, filed.FileId));
    }
}
