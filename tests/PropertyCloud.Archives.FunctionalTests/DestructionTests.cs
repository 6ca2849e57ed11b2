using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Domain.Destruction;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class DestructionTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Batch_ApprovedDestroyedAndWitnessedByASecondPerson_DestroysAndRegistersOnce()
    {
        var document = await FileDueDocumentAsync();
        var actor = service.ClientFor(Roles.Archivist, _estateId);
        var due = await actor.GetFromJsonAsync<List<DocumentResponse>>($"/api/archives/estates/{_estateId}/destruction/due", TestJson.Options);
        Assert.Contains(due!, d => d.Id == document.Id);
        var batch = await ProposeAsync(actor, document.Id);

        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.EstateManager, _estateId).PostAsync(BatchPath(batch, "approve"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await actor.PostAsync(BatchPath(batch, "act"), null)).StatusCode);
        var sameWitness = await actor.PostAsync(BatchPath(batch, "witness"), null);
        var witnessed = await service.ClientFor(Roles.Archivist, _estateId).PostAsync(BatchPath(batch, "witness"), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameWitness.StatusCode);
        Assert.Equal("destruction.same_person", (await sameWitness.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, witnessed.StatusCode);
        Assert.Equal(DestructionStatus.Destroyed, (await witnessed.Content.ReadFromJsonAsync<DestructionBatchResponse>(TestJson.Options))!.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await actor.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content")).StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(service.DocumentsDestroyed.Any(e => e.BatchId == batch.Id)));
        Assert.Equal([document.Id], Assert.Single(service.DocumentsDestroyed, e => e.BatchId == batch.Id).DocumentIds);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<ArchivesDb>().AuditEntries
            .Where(e => e.SubjectId == batch.Id).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.DestructionApproved, AuditActions.DocumentsDestroyed], actions);
    }

    [Fact]
    public async Task Propose_ADocumentUnderLegalHold_Returns422AndTheDocumentIsNotDue()
    {
        var document = await FileDueDocumentAsync();
        var hold = await service.ClientFor(Roles.EstateManager, _estateId)
            .PutAsJsonAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/legal-hold", new { reason = "（2026）沪0115民初1234号" });
        Assert.Equal(HttpStatusCode.OK, hold.StatusCode);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);

        var response = await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/destruction/batches", new { documentIds = new[] { document.Id } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("document.legal_hold", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var due = await archivist.GetFromJsonAsync<List<DocumentResponse>>($"/api/archives/estates/{_estateId}/destruction/due", TestJson.Options);
        Assert.DoesNotContain(due!, d => d.Id == document.Id);
    }

    [Fact]
    public async Task Witness_WhenALegalHoldCameAfterApproval_Returns422AndDestroysNothing()
    {
        var document = await FileDueDocumentAsync();
        var actor = service.ClientFor(Roles.Archivist, _estateId);
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        var batch = await ProposeAsync(actor, document.Id);
        await manager.PostAsync(BatchPath(batch, "approve"), null);
        await actor.PostAsync(BatchPath(batch, "act"), null);
        await manager.PutAsJsonAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/legal-hold", new { reason = "审计调阅" });

        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsync(BatchPath(batch, "witness"), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("document.legal_hold", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await actor.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content")).StatusCode);
    }

    [Fact]
    public async Task Propose_ADocumentStillWithinRetention_Returns422()
    {
        var file = await service.OpenFileAsync(_estateId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var document = await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());

        var response = await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/destruction/batches", new { documentIds = new[] { document.Id } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("document.retention_not_over", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Propose_ADocumentOutOnLoan_Returns422()
    {
        var document = await FileDueDocumentAsync();
        var loan = await service.ClientFor(Roles.FrontDesk, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "复核", dueAt = DateTimeOffset.UtcNow.AddHours(2) });
        var loanId = (await loan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK,
            (await service.ClientFor(Roles.EstateManager, _estateId).PostAsync($"/api/archives/estates/{_estateId}/loans/{loanId}/approve", null)).StatusCode);

        var response = await service.ClientFor(Roles.Archivist, _estateId)
            .PostAsJsonAsync($"/api/archives/estates/{_estateId}/destruction/batches", new { documentIds = new[] { document.Id } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("document.on_loan", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Approve_ByTheProposer_Returns422()
    {
        var document = await FileDueDocumentAsync();
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        var batch = await ProposeAsync(manager, document.Id);

        var response = await manager.PostAsync(BatchPath(batch, "approve"), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("destruction.self_approval", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private string BatchPath(DestructionBatchResponse batch, string step) => $"/api/archives/estates/{_estateId}/destruction/batches/{batch.Id}/{step}";

    private Task<DocumentResponse> FileDueDocumentAsync() => DestructionBatches.FileDueDocumentAsync(service, _estateId);

    private Task<DestructionBatchResponse> ProposeAsync(HttpClient proposer, Guid documentId) =>
        DestructionBatches.ProposeAsync(proposer, _estateId, documentId);
}
