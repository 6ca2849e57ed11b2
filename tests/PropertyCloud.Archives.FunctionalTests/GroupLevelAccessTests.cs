using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Group-level users see aggregates across estates; a resident's file takes an approved, logged loan.</summary>
[Collection(ArchivesCollection.Name)]
public sealed class GroupLevelAccessTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Theory]
    [InlineData(Roles.GroupAdmin)]
    [InlineData(Roles.Quality)]
    public async Task Read_OfAResidentsDocumentByAGroupLevelUser_NeedsAnApprovedLoggedLoanAndIsWatermarked(string role)
    {
        var file = await service.OpenFileAsync(_estateId);
        var original = await SampleFiles.PdfAsync(service, "业主入伙登记表");
        var document = await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, original, "B");
        var groupUser = service.ClientFor(role);

        var withoutLoan = await groupUser.GetAsync(ContentPath(document.Id));
        var metadataWithoutLoan = await groupUser.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}");
        var requested = await groupUser.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "集团品质抽查", dueAt = DateTimeOffset.UtcNow.AddHours(2) });
        var loan = (await requested.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        await service.ClientFor(Roles.EstateManager, _estateId).PostAsync($"/api/archives/estates/{_estateId}/loans/{loan.Id}/approve", null);
        var withLoan = await groupUser.GetAsync(ContentPath(document.Id));

        Assert.Equal(HttpStatusCode.Forbidden, withoutLoan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, metadataWithoutLoan.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withLoan.StatusCode);
        Assert.Equal("application/pdf", withLoan.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(original, await withLoan.Content.ReadAsByteArrayAsync());
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<ArchivesDb>().AuditEntries;
        Assert.Equal(1, await audit.CountAsync(e => e.SubjectId == loan.Id && e.Action == AuditActions.LoanApproved));
        Assert.Equal(1, await audit.CountAsync(e => e.SubjectId == document.Id && e.ActorId == loan.BorrowerId && e.Action == AuditActions.DocumentDownloaded));
    }

    [Fact]
    public async Task Download_OfAnEngineeringDocumentByTheGroupAdministrator_NeedsNoLoan()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await EngineeringFiles.OpenAsync(archivist, _estateId);
        var content = Uploads.Pdf();
        var handover = await EngineeringFiles.FileAsync(archivist, _estateId, file.Id,
            Uploads.Form(content, "接管验收.pdf", title: "接管验收记录", category: "HandoverRecord", level: "B"));

        Assert.Equal(content, await service.ClientFor(Roles.GroupAdmin).GetByteArrayAsync(ContentPath(handover.Id)));
    }

    [Fact]
    public async Task Aggregates_CountEachEstatesArchiveForGroupLevelUsersOnly()
    {
        var file = await service.OpenFileAsync(_estateId);
        await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf(), "B");
        await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf(), "C");

        var figures = await service.ClientFor(Roles.Quality).GetFromJsonAsync<IReadOnlyList<EstateArchiveFigures>>("/api/archives/aggregates", TestJson.Options);
        var byManager = await service.ClientFor(Roles.EstateManager, _estateId).GetAsync("/api/archives/aggregates");

        var estate = Assert.Single(figures!, f => f.EstateId == _estateId);
        Assert.Equal((1, 2, 0, 1, 1), (estate.CustomerFiles, estate.Documents, estate.LevelA, estate.LevelB, estate.LevelC));
        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
    }

    private string ContentPath(Guid documentId) => $"/api/archives/estates/{_estateId}/documents/{documentId}/content";
}
