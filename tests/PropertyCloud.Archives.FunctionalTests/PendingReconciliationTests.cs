using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Reconciliation;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>The reconciliation list filtered to those still pending or completed, with their files' numbers and missing counts.</summary>
[Collection(CustodyCollection.Name)]
public sealed class PendingReconciliationTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task ListReconciliations_Pending_GivesOnlyThoseNotYetCompletedWithTheirFileNumbers()
    {
        var (pending, completed) = await OnePendingOneCompletedAsync();

        var listed = await ListAsync("?status=Pending");

        var only = Assert.Single(listed);
        Assert.Equal((pending.Id, ReconciliationStatus.Pending, 2, 0), (only.Id, only.Status, only.ItemCount, only.MissingCount));
        Assert.Equal("3栋-1-1502", only.FileNumber);
        Assert.DoesNotContain(listed, r => r.Id == completed.Id);
        Assert.Equal(2, (await ListAsync("")).Count);
    }

    [Fact]
    public async Task ListReconciliations_Completed_CountsMissingItemsAndThoseStillOpenUntilResolved()
    {
        var (_, completed) = await OnePendingOneCompletedAsync();

        var before = Assert.Single(await ListAsync("?status=Completed"));
        var missing = Assert.Single((await service.ClientFor(Roles.EstateManager, _estateId).GetFromJsonAsync<IReadOnlyList<MissingItemResponse>>(
            $"/api/archives/estates/{_estateId}/missing-items?open=true", TestJson.Options))!);
        var resolved = await service.ClientFor(Roles.EstateManager, _estateId).PostAsJsonAsync(
            $"/api/archives/estates/{_estateId}/missing-items/{missing.Id}/resolution", new { outcome = "Found", note = "在 KH-03-2-16 盒内找到" });
        var after = Assert.Single(await ListAsync("?status=Completed"));

        Assert.Equal((completed.Id, ReconciliationStatus.Completed, 2, 1, 1), (before.Id, before.Status, before.ItemCount, before.MissingCount, before.OpenMissingCount));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal((1, 0), (after.MissingCount, after.OpenMissingCount));
    }

    [Fact]
    public async Task ListReconciliations_WithAnUnknownStatus_Returns400()
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).GetAsync($"/api/archives/estates/{_estateId}/reconciliations?status=Lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Archivist, true, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Maintenance, false, HttpStatusCode.Forbidden)]
    [InlineData(Roles.EstateManager, false, HttpStatusCode.OK)]
    [InlineData(Roles.Quality, false, HttpStatusCode.OK)]
    public async Task ListReconciliations_Pending_IsForTheEstatesFileReaders(string role, bool ofAnotherEstate, HttpStatusCode expected)
    {
        var client = service.ClientFor(role, ofAnotherEstate ? Guid.NewGuid() : _estateId);

        var response = await client.GetAsync($"/api/archives/estates/{_estateId}/reconciliations?status=Pending");

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<IReadOnlyList<ReconciliationResponse>> ListAsync(string query) =>
        (await service.ClientFor(Roles.Archivist, _estateId).GetFromJsonAsync<IReadOnlyList<ReconciliationResponse>>(
            $"/api/archives/estates/{_estateId}/reconciliations{query}", TestJson.Options))!;

    /// <summary>Two files of two documents each; the first file's check is left pending, the second's completed with one missing.</summary>
    private async Task<(ReconciliationResponse Pending, ReconciliationResponse Completed)> OnePendingOneCompletedAsync()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var started = new List<ReconciliationResponse>();
        foreach (var file in new[] { await service.OpenFileAsync(_estateId), await service.OpenFileAsync(_estateId) })
        {
            await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());
            await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());
            var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/reconciliations", null);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            started.Add((await response.Content.ReadFromJsonAsync<ReconciliationResponse>(TestJson.Options))!);
        }
        var completion = await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/reconciliations/{started[1].Id}/completion", new
        {
            results = started[1].Items.Select((item, i) => new { documentId = item.DocumentId, present = i == 0, note = i == 0 ? null : "盒内未找到" }),
        });
        Assert.Equal(HttpStatusCode.OK, completion.StatusCode);
        return (started[0], (await completion.Content.ReadFromJsonAsync<ReconciliationResponse>(TestJson.Options))!);
    }
}
