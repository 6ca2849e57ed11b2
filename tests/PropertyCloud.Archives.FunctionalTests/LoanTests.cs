using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Lending;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class LoanTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Theory]
    [InlineData("B", Roles.Archivist, Roles.EstateManager)]
    [InlineData("B", Roles.GroupAdmin, Roles.EstateManager)]
    [InlineData("A", Roles.EstateManager, Roles.GroupAdmin)]
    [InlineData("C", Roles.EstateManager, Roles.Archivist)]
    public async Task ApproveLoan_ByTheApproverOfAnotherLevel_Returns422NamingTheRule(string level, string approverRole, string rightRole)
    {
        var loan = await RequestLoanAsync(service.ClientFor(Roles.FrontDesk, _estateId), level);

        var response = await service.ClientFor(approverRole, _estateId).PostAsync(ApprovePath(loan), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("loan.wrong_approval_level", problem.GetProperty("code").GetString());
        Assert.Contains(rightRole, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveLoan_OfTheApproversOwnRequest_Returns422()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        var loan = await RequestLoanAsync(manager, "B");

        var response = await manager.PostAsync(ApprovePath(loan), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("loan.self_approval", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Loan_FromRequestToReturn_GrantsAccessOnlyWhileOutAndPublishesEachEventOnce()
    {
        var borrower = service.ClientFor(Roles.FrontDesk, _estateId);
        // A text PDF, so that the borrower's download can be its watermarked rendition.
        var loan = await RequestLoanAsync(borrower, "B", content: await SampleFiles.PdfAsync(service, "入伙登记表"));
        var content = $"/api/archives/estates/{_estateId}/documents/{loan.DocumentId}/content";
        Assert.Equal(HttpStatusCode.Forbidden, (await borrower.GetAsync(content)).StatusCode);

        var approved = await service.ClientFor(Roles.EstateManager, _estateId).PostAsync(ApprovePath(loan), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(LoanStatus.Approved, (await approved.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!.Status);
        Assert.Equal(HttpStatusCode.OK, (await borrower.GetAsync(content)).StatusCode);

        var returned = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync(ReturnPath(loan), new { complete = true });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await borrower.GetAsync(content)).StatusCode);

        await Eventually.TrueAsync(() => Task.FromResult(service.LoansReturned.Any(e => e.LoanId == loan.Id)));
        Assert.Single(service.LoansApproved, e => e.LoanId == loan.Id && e.Level == "B" && e.DocumentId == loan.DocumentId);
        Assert.Single(service.LoansReturned, e => e.LoanId == loan.Id && e.Complete);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.SubjectId == loan.Id && e.Action == AuditActions.LoanApproved));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.SubjectId == loan.DocumentId && e.Action == AuditActions.DocumentDownloaded));
    }

    [Fact]
    public async Task ApproveLoan_ByTwoApproversAtOnce_ApprovesOnceAndPublishesOnce()
    {
        var loan = await RequestLoanAsync(service.ClientFor(Roles.FrontDesk, _estateId), "C");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            service.ClientFor(Roles.Archivist, _estateId).PostAsync(ApprovePath(loan), null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity }));
        await Eventually.TrueAsync(() => Task.FromResult(service.LoansApproved.Any(e => e.LoanId == loan.Id)));
        await Task.Delay(500);
        Assert.Single(service.LoansApproved, e => e.LoanId == loan.Id);
    }

    [Fact]
    public async Task Loan_PastItsDueTime_IsListedOverdueAndNoLongerGrantsAccess()
    {
        var borrower = service.ClientFor(Roles.FrontDesk, _estateId);
        var loan = await RequestLoanAsync(borrower, "C", DateTimeOffset.UtcNow.AddSeconds(2));
        await service.ClientFor(Roles.Archivist, _estateId).PostAsync(ApprovePath(loan), null);
        var content = $"/api/archives/estates/{_estateId}/documents/{loan.DocumentId}/content";
        Assert.Equal(HttpStatusCode.OK, (await borrower.GetAsync(content)).StatusCode);

        await Task.Delay(loan.DueAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300));

        Assert.Equal(HttpStatusCode.Forbidden, (await borrower.GetAsync(content)).StatusCode);
        var overdue = await service.ClientFor(Roles.Archivist, _estateId)
            .GetFromJsonAsync<PagedResult<LoanResponse>>($"/api/archives/estates/{_estateId}/loans?overdue=true", TestJson.Options);
        Assert.Contains(overdue!.Items, l => l.Id == loan.Id);
    }

    [Fact]
    public async Task CheckReturn_WhenIncompleteWithoutANote_Returns422NamingTheNote()
    {
        var loan = await RequestLoanAsync(service.ClientFor(Roles.FrontDesk, _estateId), "C");
        await service.ClientFor(Roles.Archivist, _estateId).PostAsync(ApprovePath(loan), null);

        var response = await service.ClientFor(Roles.EstateManager, _estateId).PostAsJsonAsync(ReturnPath(loan), new { complete = false });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("loan.missing_items_unrecorded", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
    }

    [Fact]
    public async Task RequestLoan_DueInThePast_Returns422NamingDueAt()
    {
        var document = await FileDocumentAsync("C");

        var response = await service.ClientFor(Roles.FrontDesk, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "核对装修图纸", dueAt = DateTimeOffset.UtcNow.AddHours(-1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dueAt", out _));
    }

    [Fact]
    public async Task RequestLoan_ByAnOwner_Returns403()
    {
        var document = await FileDocumentAsync("C");

        var response = await service.ClientFor(Roles.Owner, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "查看图纸", dueAt = DateTimeOffset.UtcNow.AddHours(2) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private string ApprovePath(LoanResponse loan) => $"/api/archives/estates/{_estateId}/loans/{loan.Id}/approve";

    private string ReturnPath(LoanResponse loan) => $"/api/archives/estates/{_estateId}/loans/{loan.Id}/return";

    private async Task<DocumentResponse> FileDocumentAsync(string level, byte[]? content = null)
    {
        var file = await service.OpenFileAsync(_estateId);
        return await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, content ?? Uploads.Pdf(), level);
    }

    private async Task<LoanResponse> RequestLoanAsync(HttpClient borrower, string level, DateTimeOffset? dueAt = null, byte[]? content = null)
    {
        var document = await FileDocumentAsync(level, content);
        var response = await borrower.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "核对业主入伙资料", dueAt = dueAt ?? DateTimeOffset.UtcNow.AddHours(4) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
    }
}
