using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class MyDocumentsTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Owner_SeesAndDownloadsTheirOwnMoveInDocumentsAndPublicDrawingsOnly()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var mine = await service.OpenFileAsync(_estateId);
        var theirs = await service.OpenFileAsync(_estateId);
        var moveInContent = Uploads.Pdf();
        var moveIn = await FileAsync(mine.Id, moveInContent, "MoveInForm");
        var contract = await FileAsync(mine.Id, Uploads.Pdf(), "Contract");
        var theirMoveIn = await FileAsync(theirs.Id, Uploads.Pdf(), "MoveInForm");
        var engineering = await EngineeringFiles.OpenAsync(archivist, _estateId);
        var plan = await EngineeringFiles.FileAsync(archivist, _estateId, engineering.Id,
            Uploads.Form(Uploads.Pdf(), "总平面图.pdf", title: "总平面图", category: "Drawing", level: "C", isPublic: true));
        var wiring = await EngineeringFiles.FileAsync(archivist, _estateId, engineering.Id,
            Uploads.Form(Uploads.Pdf(), "配电系统图.pdf", title: "配电系统图", category: "Drawing", level: "C"));
        var (owner, userId) = await OwnerOfAsync(mine.UnitId);
        var (otherOwner, _) = await OwnerOfAsync(theirs.UnitId);

        var listed = await Eventually.GetAsync(async () => await ListAsync(owner) is { Count: 2 } found ? found : null);
        var downloaded = await owner.GetByteArrayAsync(ContentPath(moveIn.Id));
        var refused = await Task.WhenAll(new[] { contract.Id, theirMoveIn.Id, wiring.Id }.Select(id => owner.GetAsync(ContentPath(id))));
        await Eventually.TrueAsync(async () => (await ListAsync(otherOwner)).Count == 2);
        var byOtherOwner = await otherOwner.GetAsync(ContentPath(moveIn.Id));

        Assert.Equal(new[] { moveIn.Id, plan.Id }.Order(), listed.Select(d => d.Id).Order());
        Assert.Equal(mine.UnitId, listed.Single(d => d.Id == moveIn.Id).UnitId);
        Assert.Equal(moveInContent, downloaded);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, byOtherOwner.StatusCode);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ArchivesDb>().AuditEntries
            .CountAsync(e => e.SubjectId == moveIn.Id && e.ActorId == userId && e.Action == AuditActions.DocumentDownloaded));
    }

    [Theory]
    [InlineData(Roles.FrontDesk)]
    [InlineData(Roles.Archivist)]
    [InlineData(Roles.Tenant)]
    public async Task ListMyDocuments_ByAnyoneButAnOwner_Returns403(string role)
    {
        var response = await service.ClientFor(role, _estateId).GetAsync($"/api/archives/me/estates/{_estateId}/documents");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListMyDocuments_ByAnOwnerOfAnotherEstate_Returns403()
    {
        var response = await service.ClientFor(Roles.Owner, Guid.NewGuid()).GetAsync($"/api/archives/me/estates/{_estateId}/documents");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OwnershipTransferred_EndsThePreviousOwnersAccessAndGivesTheNewOwnerOnlyWhatIsFiledAfter()
    {
        var file = await service.OpenFileAsync(_estateId);
        var previousMoveIn = await FileAsync(file.Id, Uploads.Pdf(), "MoveInForm");
        var (previous, _) = await OwnerOfAsync(file.UnitId);
        await Eventually.TrueAsync(async () => (await ListAsync(previous)).Count == 1);
        var newOwnerId = Guid.NewGuid();
        var (next, _) = await LinkedAsync(newOwnerId);
        await service.PublishAsync(new OwnershipTransferred
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _estateId, UnitId = file.UnitId,
            PreviousOwnerIds = [(await OwnerIdsAsync(file.UnitId)).Single()], NewOwnerIds = [newOwnerId],
            TransferredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        await Eventually.TrueAsync(async () => (await ListAsync(previous)).Count == 0);
        var nextMoveIn = await FileAsync(file.Id, Uploads.Pdf(), "MoveInForm");

        var listed = await Eventually.GetAsync(async () => await ListAsync(next) is { Count: 1 } found ? found : null);

        Assert.Equal([nextMoveIn.Id], listed.Select(d => d.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await next.GetAsync(ContentPath(previousMoveIn.Id))).StatusCode);
    }

    private string ContentPath(Guid documentId) => $"/api/archives/me/estates/{_estateId}/documents/{documentId}/content";

    private async Task<IReadOnlyList<MyDocumentResponse>> ListAsync(HttpClient owner) =>
        (await owner.GetFromJsonAsync<IReadOnlyList<MyDocumentResponse>>($"/api/archives/me/estates/{_estateId}/documents", TestJson.Options))!;

    private async Task<DocumentResponse> FileAsync(Guid fileId, byte[] content, string category)
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsync($"/api/archives/estates/{_estateId}/files/{fileId}/documents",
            Uploads.Form(content, title: category, category: category));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    /// <summary>Registers an owner of the unit in Residents' way and links a login to them; returns that login's client and user id.</summary>
    private async Task<(HttpClient Client, string UserId)> OwnerOfAsync(Guid unitId)
    {
        var ownerId = Guid.NewGuid();
        await service.PublishAsync(new OwnerRegistered
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _estateId, OwnerId = ownerId, UnitIds = [unitId], OwnedSince = null,
        });
        return await LinkedAsync(ownerId);
    }

    private async Task<(HttpClient Client, string UserId)> LinkedAsync(Guid ownerId)
    {
        var token = TestTokens.For(Roles.Owner, _estateId);
        var userId = new JsonWebToken(token).Subject;
        await service.PublishAsync(new ResidentAccountLinked
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _estateId, PartyId = ownerId, IsTenancy = false, UserId = userId,
        });
        return (service.Factory.CreateClientWithToken(token), userId);
    }

    private async Task<IReadOnlyList<Guid>> OwnerIdsAsync(Guid unitId)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArchivesDb>().UnitOwnerships.Where(o => o.UnitId == unitId).Select(o => o.OwnerId).ToListAsync();
    }
}
