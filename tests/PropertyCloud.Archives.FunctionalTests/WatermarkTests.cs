using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;
using UglyToad.PdfPig;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class WatermarkTests(ArchivesService service)
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task View_DuringAnApprovedElectronicLoan_IsWatermarkedWithTheBorrowerAndOnlyWhileTheLoanRuns()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await service.OpenFileAsync(_estateId);
        var filed = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(SampleFiles.Word("业主大会决议：同意续聘物业服务企业"), "决议.docx", WordType, "业主大会决议", "Correspondence", "B"));
        var document = (await filed.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
        var borrower = service.ClientFor(Roles.FrontDesk, _estateId);
        var view = $"/api/archives/estates/{_estateId}/documents/{document.Id}/view";
        var beforeLoan = await borrower.GetAsync(view);
        var loan = (await (await borrower.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "核对决议", dueAt = DateTimeOffset.UtcNow.AddHours(2) })).Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        await service.ClientFor(Roles.EstateManager, _estateId).PostAsync($"/api/archives/estates/{_estateId}/loans/{loan.Id}/approve", null);

        var html = await borrower.GetStringAsync(view);
        var pdf = await borrower.GetByteArrayAsync(view + "?format=pdf");
        await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans/{loan.Id}/return", new { complete = true });
        var afterReturn = await borrower.GetAsync(view);

        Assert.Equal(HttpStatusCode.Forbidden, beforeLoan.StatusCode);
        Assert.Contains(loan.BorrowerId, html, StringComparison.Ordinal);
        Assert.Contains("仅供查阅", html, StringComparison.Ordinal);
        Assert.Contains("同意续聘物业服务企业", html, StringComparison.Ordinal);
        using var printed = PdfDocument.Open(pdf);
        var text = string.Concat(printed.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Contains(loan.BorrowerId, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, afterReturn.StatusCode);
    }

    [Fact]
    public async Task Download_ByABorrowerOfABDocument_IsAWatermarkedPdfNamingTheBorrowerNeverTheOriginal()
    {
        var original = await SampleFiles.PdfAsync(service, "业主入伙登记：3栋1502 张某某");
        var document = await FileAsync(original, "B");
        var borrower = service.ClientFor(Roles.FrontDesk, _estateId);
        var loan = await BorrowAsync(borrower, document, Roles.EstateManager);

        var response = await borrower.GetAsync(ContentPath(document));
        var custodianCopy = await service.ClientFor(Roles.Archivist, _estateId).GetByteArrayAsync(ContentPath(document));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(original, downloaded);
        Assert.Equal(original, custodianCopy);
        var text = PdfText(downloaded);
        Assert.Contains($"{Roles.FrontDesk}({loan.BorrowerId})", text, StringComparison.Ordinal);
        Assert.Contains("仅供查阅", text, StringComparison.Ordinal);
        Assert.Contains("3栋1502", text, StringComparison.Ordinal);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ArchivesDb>().AuditEntries.AsNoTracking()
            .Where(e => e.SubjectId == document.Id && e.Action == AuditActions.DocumentDownloaded).ToListAsync();
        Assert.Contains(audit, e => e.ActorId == loan.BorrowerId && e.Details.Contains("watermarked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_ByABorrowerOfAScannedADocument_Returns409PointingToTheView()
    {
        var document = await FileAsync(Uploads.Pdf(), "A");
        var borrower = service.ClientFor(Roles.FrontDesk, _estateId);
        await BorrowAsync(borrower, document, Roles.GroupAdmin);

        var response = await borrower.GetAsync(ContentPath(document));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("document.watermark_unavailable", problem.GetProperty("code").GetString());
        Assert.EndsWith($"/documents/{document.Id}/view", problem.GetProperty("view").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_ByABorrowerOfACDocument_IsTheOriginal()
    {
        var original = Uploads.Pdf();
        var document = await FileAsync(original, "C");
        var borrower = service.ClientFor(Roles.Maintenance, _estateId);
        await BorrowAsync(borrower, document, Roles.Archivist);

        Assert.Equal(original, await borrower.GetByteArrayAsync(ContentPath(document)));
    }

    private static string PdfText(byte[] pdf)
    {
        using var printed = PdfDocument.Open(pdf);
        return string.Concat(printed.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormKC);
    }

    private string ContentPath(DocumentResponse document) => $"/api/archives/estates/{_estateId}/documents/{document.Id}/content";

    private async Task<DocumentResponse> FileAsync(byte[] content, string level)
    {
        var file = await service.OpenFileAsync(_estateId);
        return await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, content, level);
    }

    private async Task<LoanResponse> BorrowAsync(HttpClient borrower, DocumentResponse document, string approverRole)
    {
        var requested = await borrower.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "核对入伙资料", dueAt = DateTimeOffset.UtcNow.AddHours(2) });
        var loan = (await requested.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var approved = await service.ClientFor(approverRole, _estateId).PostAsync($"/api/archives/estates/{_estateId}/loans/{loan.Id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return loan;
    }
}
