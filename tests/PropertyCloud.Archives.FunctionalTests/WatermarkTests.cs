using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;
using UglyToad.PdfPig;

namespace PropertyCloud.Archives.FunctionalTests;

public sealed class WatermarkTests(ArchivesService service) : IClassFixture<ArchivesService>
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
}
