using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Search;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class SearchTests(ArchivesService service)
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Search_ForAChineseWordInsideAnUploadedWordFile_FindsItWithASnippet()
    {
        var file = await service.OpenFileAsync(_estateId);
        var docx = SampleFiles.Word("装修施工协议", "施工单位须在每日十八时前清运建筑垃圾，不得占用消防通道。");
        var filed = await FileAsync(file.Id, docx, "协议.docx", WordType, "装修协议", "DecorationFile", "C");
        await FileAsync(file.Id, Uploads.Pdf(), "其他.pdf", "application/pdf", "入伙登记表", "MoveInForm", "C");

        var hits = await SearchAsync("消防通道");

        var hit = Assert.Single(hits);
        Assert.Equal(filed.Id, hit.DocumentId);
        Assert.Contains("消防通道", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ForAChineseWordInsideAnUploadedPdf_FindsIt()
    {
        var file = await service.OpenFileAsync(_estateId);
        var pdf = await SampleFiles.PdfAsync(service, "三号楼屋面防水层于二〇二六年五月完成翻新，保修期五年。");
        var filed = await FileAsync(file.Id, pdf, "防水.pdf", "application/pdf", "维修记录", "RepairRecord", "C");

        var hits = await SearchAsync("屋面防水");

        Assert.Equal([filed.Id], hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Search_MatchingAConfidentialDocument_FindsItByTitleAndTextButShowsNoSnippet()
    {
        var file = await service.OpenFileAsync(_estateId);
        var filed = await FileAsync(file.Id, SampleFiles.Word("业主身份证号码登记：见附件"), "身份证.docx", WordType, "业主身份证复印件", "IdCopy", "B");

        var byTitle = await SearchAsync("身份证复印");
        var byText = await SearchAsync("号码登记");

        Assert.Equal([filed.Id], byTitle.Select(h => h.DocumentId));
        Assert.Null(Assert.Single(byText).Snippet);
    }

    [Fact]
    public async Task Search_ByAnOwnerOrWithAOneCharacterTerm_IsRefused()
    {
        var owner = await service.ClientFor(Roles.Owner, _estateId).GetAsync($"/api/archives/estates/{_estateId}/search?q=图纸");
        var tooShort = await service.ClientFor(Roles.Archivist, _estateId).GetAsync($"/api/archives/estates/{_estateId}/search?q=图");

        Assert.Equal(HttpStatusCode.Forbidden, owner.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
    }

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(string q) =>
        (await service.ClientFor(Roles.EstateManager, _estateId).GetFromJsonAsync<IReadOnlyList<SearchHit>>(
            $"/api/archives/estates/{_estateId}/search?q={Uri.EscapeDataString(q)}", TestJson.Options))!;

    private async Task<DocumentResponse> FileAsync(Guid fileId, byte[] content, string name, string type, string title, string category, string level)
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsync($"/api/archives/estates/{_estateId}/files/{fileId}/documents",
            Uploads.Form(content, name, type, title, category, level));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    [Fact]
    public async Task Search_ForTheTextOfADocumentFiledBeforeExtraction_FindsItOnceTheBackfillRan()
    {
        var document = await FileTextPdfAsync("二号楼地下车库排水泵于去年十月更换");
        await ForgetExtractedTextAsync(document.Id);

        var hits = await Eventually.GetAsync(async () => await SearchAsync("排水泵") is { Count: > 0 } found ? found : null);

        Assert.Equal([document.Id], hits.Select(h => h.DocumentId));
        var entry = await EntryAsync(document.Id);
        Assert.True(entry.HasContentText);
        Assert.Null(entry.ExtractionFailure);
    }

    [Fact]
    public async Task Backfill_OfADocumentWhoseContentIsCorrupted_RecordsTheFailureAndDoesNotTryAgain()
    {
        var document = await FileTextPdfAsync("消防水箱清洗记录");
        var sha256 = document.Versions[0].Sha256;
        await File.WriteAllBytesAsync(Path.Combine(service.DocumentRoot, sha256[..2], sha256), Uploads.Pdf());
        await ForgetExtractedTextAsync(document.Id);

        var tried = await Eventually.GetAsync(async () => await EntryAsync(document.Id) is { TextExtractedAt: not null } e ? e : null);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal("content failed verification", tried.ExtractionFailure);
        Assert.False(tried.HasContentText);
        Assert.Equal(tried.TextExtractedAt, (await EntryAsync(document.Id)).TextExtractedAt);
    }

    private async Task<DocumentResponse> FileTextPdfAsync(string text)
    {
        var file = await service.OpenFileAsync(_estateId);
        return await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, await SampleFiles.PdfAsync(service, text), "C");
    }

    /// <summary>Puts the entry back as the search migration left documents filed before it: title and category, never extracted.</summary>
    private async Task ForgetExtractedTextAsync(Guid documentId)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArchivesDb>().Database.ExecuteSqlAsync($"""
            UPDATE document_search SET search_text = '入伙登记表', has_content_text = false, text_extracted_at = NULL, extraction_failure = NULL
            WHERE document_id = {documentId}
            """);
    }

    private async Task<DocumentSearchEntry> EntryAsync(Guid documentId)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArchivesDb>().DocumentSearch.AsNoTracking().SingleAsync(e => e.DocumentId == documentId);
    }
}
