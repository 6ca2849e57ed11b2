using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class DestroyedContentTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task DestroyedDocuments_LoseTheirStoredContentButKeepTheirHashAndBytesStillUsedElsewhere()
    {
        var shared = Uploads.Pdf();
        var unique = Uploads.Pdf();
        var destroyedShared = await FileDueAsync(shared);
        var destroyedUnique = await FileDueAsync(unique);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var kept = await Uploads.FileAsync(archivist, _estateId, (await service.OpenFileAsync(_estateId)).Id, shared);

        await DestroyAsync(destroyedShared.Id, destroyedUnique.Id);

        var uniqueSha = destroyedUnique.Versions[0].Sha256;
        await Eventually.TrueAsync(() => Task.FromResult(!File.Exists(BlobPath(uniqueSha))));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        await Eventually.TrueAsync(async () => await db.DocumentVersions.CountAsync(v =>
            (v.DocumentId == destroyedShared.Id || v.DocumentId == destroyedUnique.Id) && v.ContentPurgedAt != null) == 2);
        Assert.True(File.Exists(BlobPath(kept.Versions[0].Sha256)));
        Assert.Equal(shared, await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{kept.Id}/content"));
        var register = await db.Documents.AsNoTracking().Include(d => d.Versions).SingleAsync(d => d.Id == destroyedUnique.Id);
        Assert.NotNull(register.DestroyedAt);
        Assert.Equal(uniqueSha, Assert.Single(register.Versions).Sha256);
    }

    [Fact]
    public async Task OwnershipTransferredMoreThanThreeYearsAgo_PutsThePreviousOwnersRecordsOnTheDestructionDueList()
    {
        var unit = ArchivesService.NewUnit(_estateId);
        await service.PublishAsync(unit);
        var file = await service.FileOfUnitAsync(_estateId, unit.UnitId);
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var moveIn = await FileAsync(file.Id, "MoveInForm", "入伙登记表");
        var repair = await FileAsync(file.Id, "RepairRecord", "防水维修记录");
        var transfer = new OwnershipTransferred
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _estateId, UnitId = unit.UnitId,
            PreviousOwnerIds = [Guid.NewGuid()], NewOwnerIds = [Guid.NewGuid()],
            TransferredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-4),
        };

        await service.PublishAsync(transfer);
        await service.PublishAsync(transfer);
        await Eventually.TrueAsync(async () => (await archivist.GetFromJsonAsync<JsonPage>(
            $"/api/archives/estates/{_estateId}/files/{file.Id}/records", TestJson.Options))!.Total == 1);
        var newOwners = await FileAsync(file.Id, "MoveInForm", "新业主入伙登记表");

        var due = await archivist.GetFromJsonAsync<List<DocumentResponse>>($"/api/archives/estates/{_estateId}/destruction/due", TestJson.Options);
        var dueIds = due!.Select(d => d.Id).ToList();
        Assert.Contains(moveIn.Id, dueIds);
        Assert.DoesNotContain(repair.Id, dueIds);
        Assert.DoesNotContain(newOwners.Id, dueIds);
        var proposed = await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/destruction/batches", new { documentIds = new[] { moveIn.Id } });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
    }

    private sealed record JsonPage(long Total);

    private string BlobPath(string sha256) => Path.Combine(service.DocumentRoot, sha256[..2], sha256);

    private async Task<DocumentResponse> FileAsync(Guid fileId, string category, string title)
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsync($"/api/archives/estates/{_estateId}/files/{fileId}/documents",
            Uploads.Form(Uploads.Pdf(), title: title, category: category));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    private async Task<DocumentResponse> FileDueAsync(byte[] content)
    {
        var file = await service.OpenFileAsync(_estateId);
        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/documents",
            Uploads.Form(content, originalFiledAt: DateTimeOffset.UtcNow.AddYears(-40)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    private async Task DestroyAsync(params Guid[] documentIds)
    {
        var actor = service.ClientFor(Roles.Archivist, _estateId);
        var proposed = await actor.PostAsJsonAsync($"/api/archives/estates/{_estateId}/destruction/batches", new { documentIds });
        var batchId = (await proposed.Content.ReadFromJsonAsync<DestructionBatchResponse>(TestJson.Options))!.Id;
        var path = $"/api/archives/estates/{_estateId}/destruction/batches/{batchId}";
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.EstateManager, _estateId).PostAsync($"{path}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await actor.PostAsync($"{path}/act", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(Roles.Archivist, _estateId).PostAsync($"{path}/witness", null)).StatusCode);
    }
}
