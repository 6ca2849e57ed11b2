using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Destruction;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>The list of an estate's destruction batches the console shows: who signed each step by name, counts, status.</summary>
[Collection(CustodyCollection.Name)]
public sealed class DestructionRegisterTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task ListBatches_AfterEveryStep_NamesEachSignatoryAndCountsTheDocuments()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        var batch = await ProposeAsync(archivist, await FileDueDocumentAsync(), await FileDueDocumentAsync());
        await StepAsync(manager, batch, "approve");
        await StepAsync(archivist, batch, "act");
        await StepAsync(manager, batch, "witness");

        var page = await ListAsync(archivist, "");

        var listed = Assert.Single(page.Items);
        Assert.Equal((batch.Id, DestructionStatus.Destroyed, 2, 1L), (listed.Id, listed.Status, listed.DocumentCount, page.Total));
        Assert.Equal((Roles.Archivist, Roles.EstateManager, Roles.Archivist, Roles.EstateManager),
            (listed.ProposedByName, listed.ApprovedByName, listed.ActedByName, listed.WitnessedByName));
        Assert.NotEqual(listed.ProposedBy, listed.ProposedByName);
        Assert.NotNull(listed.ApprovedAt);
        Assert.NotNull(listed.ActedAt);
        Assert.NotNull(listed.DestroyedAt);
    }

    [Fact]
    public async Task ListBatches_WithAStatus_GivesOnlyThatStatusNewestFirst()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var first = await ProposeAsync(archivist, await FileDueDocumentAsync());
        var approved = await ProposeAsync(archivist, await FileDueDocumentAsync());
        var second = await ProposeAsync(archivist, await FileDueDocumentAsync());
        await StepAsync(service.ClientFor(Roles.EstateManager, _estateId), approved, "approve");

        var proposed = await ListAsync(archivist, "?status=Proposed");
        var onlyApproved = await ListAsync(archivist, "?status=Approved");
        var secondPage = await ListAsync(archivist, "?pageSize=2&page=2");

        Assert.Equal([second.Id, first.Id], proposed.Items.Select(b => b.Id));
        Assert.Equal(approved.Id, Assert.Single(onlyApproved.Items).Id);
        Assert.Equal((3L, first.Id), (secondPage.Total, Assert.Single(secondPage.Items).Id));
    }

    [Fact]
    public async Task ListBatches_WithAnUnknownStatus_Returns400()
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).GetAsync($"/api/archives/estates/{_estateId}/destruction/batches?status=Shredded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Archivist, true, HttpStatusCode.Forbidden)]
    [InlineData(Roles.FrontDesk, false, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Quality, false, HttpStatusCode.Forbidden)]
    [InlineData(Roles.EstateManager, false, HttpStatusCode.OK)]
    [InlineData(Roles.GroupAdmin, false, HttpStatusCode.OK)]
    public async Task ListBatches_ByRoleAndEstate_IsForTheEstatesCustodians(string role, bool ofAnotherEstate, HttpStatusCode expected)
    {
        var client = service.ClientFor(role, ofAnotherEstate ? Guid.NewGuid() : _estateId);

        var response = await client.GetAsync($"/api/archives/estates/{_estateId}/destruction/batches");

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<PagedResult<DestructionBatchResponse>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<PagedResult<DestructionBatchResponse>>($"/api/archives/estates/{_estateId}/destruction/batches{query}",
            TestJson.Options))!;

    private async Task StepAsync(HttpClient client, DestructionBatchResponse batch, string step) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/archives/estates/{_estateId}/destruction/batches/{batch.Id}/{step}", null)).StatusCode);

    private async Task<Guid> FileDueDocumentAsync() => (await DestructionBatches.FileDueDocumentAsync(service, _estateId)).Id;

    private Task<DestructionBatchResponse> ProposeAsync(HttpClient proposer, params Guid[] documentIds) =>
        DestructionBatches.ProposeAsync(proposer, _estateId, documentIds);
}
