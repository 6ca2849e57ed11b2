using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class CopyingTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task CopyingRequest_ApprovedAtItsLevel_RegistersCopiesAndPagesAndGrantsNoViewing()
    {
        var requester = service.ClientFor(Roles.FrontDesk, _estateId);
        var document = await FileDocumentAsync("B");
        var request = await RequestAsync(requester, new { documentId = document.Id, purpose = "业主办理产权过户", dueAt = Tomorrow(), kind = "Copying", copies = 2, takeAway = true });
        var copy = await ReadAsync<LoanResponse>(request, HttpStatusCode.Created);

        var wrongLevel = await service.ClientFor(Roles.Archivist, _estateId).PostAsync(Path(copy, "approve"), null);
        var approved = await service.ClientFor(Roles.EstateManager, _estateId).PostAsync(Path(copy, "approve"), null);
        var viewing = await requester.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");
        var tooMany = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync(Path(copy, "copies"), new { copies = 3, pages = 21 });
        var registered = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync(Path(copy, "copies"), new { copies = 2, pages = 14 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongLevel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewing.StatusCode);
        Assert.Equal("copies", FirstError(await tooMany.Content.ReadFromJsonAsync<JsonElement>()));
        var closed = await ReadAsync<LoanResponse>(registered, HttpStatusCode.OK);
        Assert.Equal((LoanStatus.Copied, LoanKind.Copying, 2, 14), (closed.Status, closed.Kind, closed.CopiesMade, closed.PagesCopied));
    }

    [Fact]
    public async Task RequestLoan_TakingAPaperOriginalAway_Returns422NamingTakeAway()
    {
        var document = await FileDocumentAsync("C");

        var response = await RequestAsync(service.ClientFor(Roles.FrontDesk, _estateId),
            new { documentId = document.Id, purpose = "带回家核对", dueAt = Tomorrow(), medium = "Original", takeAway = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("loan.original_stays_on_site", problem.GetProperty("code").GetString());
        Assert.Equal("takeAway", FirstError(problem));
    }

    [Fact]
    public async Task OriginalReadOnSite_WhenApproved_GrantsNoElectronicViewing()
    {
        var requester = service.ClientFor(Roles.FrontDesk, _estateId);
        var document = await FileDocumentAsync("C");
        var loan = await ReadAsync<LoanResponse>(await RequestAsync(requester,
            new { documentId = document.Id, purpose = "现场查阅原件", dueAt = Tomorrow(), medium = "Original" }), HttpStatusCode.Created);

        await service.ClientFor(Roles.Archivist, _estateId).PostAsync(Path(loan, "approve"), null);

        Assert.Equal(HttpStatusCode.Forbidden, (await requester.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content")).StatusCode);
    }

    [Theory]
    [InlineData("Reading")]
    [InlineData("Copying")]
    public async Task RequestLoan_OfTheRequestersOwnStaffFile_Returns422(string kind)
    {
        var clerk = service.ClientFor(Roles.FrontDesk, _estateId);
        var clerkId = (await ReadAsync<LoanResponse>(await RequestAsync(clerk,
            new { documentId = (await FileDocumentAsync("C")).Id, purpose = "查阅", dueAt = Tomorrow() }), HttpStatusCode.Created)).BorrowerId;
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var staffFile = await EngineeringFiles.OpenAsync(archivist, _estateId, "Staff", clerkId);
        var appraisal = await EngineeringFiles.FileAsync(archivist, _estateId, staffFile.Id,
            Uploads.Form(Uploads.Pdf(), title: "年度考核表", category: "StaffRecord", level: "B"));

        var own = await RequestAsync(clerk, new { documentId = appraisal.Id, purpose = "看看考核", dueAt = Tomorrow(), kind, copies = kind == "Copying" ? 1 : (int?)null });
        var someoneElses = await RequestAsync(service.ClientFor(Roles.FrontDesk, _estateId),
            new { documentId = appraisal.Id, purpose = "人事核查", dueAt = Tomorrow(), kind, copies = kind == "Copying" ? 1 : (int?)null });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, own.StatusCode);
        Assert.Equal("loan.own_staff_file", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, someoneElses.StatusCode);
    }

    [Fact]
    public async Task PoliceRequest_IsApprovedOnlyAfterAnotherCustodianVerifiesTheWarrant()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        var document = await FileDocumentAsync("A");
        var registrar = service.ClientFor(Roles.Archivist, _estateId);
        var request = await ReadAsync<LoanResponse>(await RequestAsync(registrar, new
        {
            documentId = document.Id, purpose = "刑事案件调查取证", dueAt = Tomorrow(), kind = "Copying", copies = 1,
            requestedFor = "Police", warrantNumber = "穗公（刑）调证字〔2026〕1187号", warrantAuthority = "广州市公安局天河区分局",
        }), HttpStatusCode.Created);
        var admin = service.ClientFor(Roles.GroupAdmin, _estateId);

        var unverified = await admin.PostAsync(Path(request, "approve"), null);
        var selfVerified = await registrar.PostAsync(Path(request, "warrant/verification"), null);
        var verified = await manager.PostAsync(Path(request, "warrant/verification"), null);
        var approved = await admin.PostAsync(Path(request, "approve"), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unverified.StatusCode);
        Assert.Equal("warrant", FirstError(await unverified.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, selfVerified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var loan = await ReadAsync<LoanResponse>(approved, HttpStatusCode.OK);
        Assert.Equal((LoanStatus.Approved, "广州市公安局天河区分局"), (loan.Status, loan.WarrantAuthority));
        Assert.NotNull(loan.WarrantVerifiedBy);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.SubjectId == loan.Id && e.Action == AuditActions.WarrantVerified));
    }

    [Fact]
    public async Task CourtRequest_WithoutAWarrantNumber_Returns422NamingWarrantNumber()
    {
        var document = await FileDocumentAsync("B");

        var response = await RequestAsync(service.ClientFor(Roles.Archivist, _estateId),
            new { documentId = document.Id, purpose = "民事诉讼", dueAt = Tomorrow(), requestedFor = "Court", warrantAuthority = "天河区人民法院" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("warrantNumber", FirstError(await response.Content.ReadFromJsonAsync<JsonElement>()));
    }

    private static string FirstError(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().First().Name;

    private static DateTimeOffset Tomorrow() => DateTimeOffset.UtcNow.AddDays(1);

    private string Path(LoanResponse loan, string action) => $"/api/archives/estates/{_estateId}/loans/{loan.Id}/{action}";

    private Task<HttpResponseMessage> RequestAsync(HttpClient client, object request) =>
        client.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans", request);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(TestJson.Options))!;
    }

    private async Task<DocumentResponse> FileDocumentAsync(string level)
    {
        var file = await service.OpenFileAsync(_estateId);
        return await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf(), level);
    }
}
