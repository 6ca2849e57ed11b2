using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class ReconciliationTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Reconciliation_WithAMissingItem_EscalatesItToTheEstateManagerUntilResolved()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await service.OpenFileAsync(_estateId);
        var documents = new List<DocumentResponse>();
        for (var i = 0; i < 3; i++)
        {
            documents.Add(await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf()));
        }
        var started = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/reconciliations", null);
        var checklist = await ReadAsync<ReconciliationResponse>(started, HttpStatusCode.Created);
        var again = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/reconciliations", null);
        var completion = $"/api/archives/estates/{_estateId}/reconciliations/{checklist.Id}/completion";

        var partial = await archivist.PostAsJsonAsync(completion, new
        {
            results = documents.Take(2).Select(d => new { documentId = d.Id, present = true }),
        });
        var completed = await archivist.PostAsJsonAsync(completion, new
        {
            results = documents.Select((d, i) => new { documentId = d.Id, present = i != 1, note = i == 1 ? "KH-03-2-15 盒内未找到" : null }),
        });

        Assert.Equal(documents.Select(d => d.Id), checklist.Items.Select(i => i.DocumentId));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        Assert.True((await partial.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("results", out _));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        var open = await manager.GetFromJsonAsync<IReadOnlyList<MissingItemResponse>>(
            $"/api/archives/estates/{_estateId}/missing-items?open=true", TestJson.Options);
        var missing = Assert.Single(open!);
        Assert.Equal((documents[1].Id, "KH-03-2-15 盒内未找到"), (missing.DocumentId, missing.Note));
        var escalated = await Eventually.GetAsync(() => Task.FromResult(service.ItemsMissing.FirstOrDefault(e => e.ReconciliationId == checklist.Id)));
        Assert.Equal([documents[1].Id], escalated.DocumentIds);

        var byArchivist = await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/missing-items/{missing.Id}/resolution",
            new { outcome = "Found", note = "误放入 KH-03-2-16 盒，已归位" });
        var resolved = await manager.PostAsJsonAsync($"/api/archives/estates/{_estateId}/missing-items/{missing.Id}/resolution",
            new { outcome = "Found", note = "误放入 KH-03-2-16 盒，已归位" });
        var stillOpen = await manager.GetFromJsonAsync<IReadOnlyList<MissingItemResponse>>(
            $"/api/archives/estates/{_estateId}/missing-items?open=true", TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, byArchivist.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Empty(stillOpen!);
    }

    [Fact]
    public async Task CustodyTransfer_CompletesOnlyWhenBothCustodiansConfirm()
    {
        var outgoing = service.ClientFor(Roles.Archivist, _estateId);
        var incoming = service.ClientFor(Roles.Archivist, _estateId);
        var incomingId = await UserIdOfAsync(incoming);
        var files = new[] { (await service.OpenFileAsync(_estateId)).Id, (await service.OpenFileAsync(_estateId)).Id };
        var recorded = await ReadAsync<CustodyTransferResponse>(await outgoing.PostAsJsonAsync($"/api/archives/estates/{_estateId}/custody-transfers",
            new { toId = incomingId, toName = "李档案员", fileIds = files, note = "调岗移交" }), HttpStatusCode.Created);
        var confirm = $"/api/archives/estates/{_estateId}/custody-transfers/{recorded.Id}/confirmation";

        var byThirdParty = await service.ClientFor(Roles.EstateManager, _estateId).PostAsync(confirm, null);
        var half = await ReadAsync<CustodyTransferResponse>(await outgoing.PostAsync(confirm, null), HttpStatusCode.OK);
        var full = await ReadAsync<CustodyTransferResponse>(await incoming.PostAsync(confirm, null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, byThirdParty.StatusCode);
        Assert.False(half.IsComplete);
        Assert.True(full.IsComplete);
        Assert.Equal(files.Order(), full.FileIds.Order());
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.SubjectId == recorded.Id && e.Action == AuditActions.CustodyTransferred));
    }

    [Fact]
    public async Task CustodyTransfer_OfAFileOfAnotherEstate_Returns404()
    {
        var elsewhere = await service.OpenFileAsync(Guid.NewGuid());

        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/custody-transfers",
            new { toId = "someone", toName = "李档案员", fileIds = new[] { elsewhere.Id } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Test tokens carry a random subject; a loan request reports it back as the borrower.</summary>
    private async Task<string> UserIdOfAsync(HttpClient client)
    {
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf(), "C");
        var loan = await ReadAsync<LoanResponse>(await client.PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "查阅", dueAt = DateTimeOffset.UtcNow.AddDays(1) }), HttpStatusCode.Created);
        return loan.BorrowerId;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(TestJson.Options))!;
    }
}
