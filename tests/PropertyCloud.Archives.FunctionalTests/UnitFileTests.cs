using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class UnitFileTests(ArchivesService service)
{
    [Fact]
    public async Task UnitRegistered_OpensTheUnitsFileReadableByTheEstatesArchivist()
    {
        var estateId = Guid.NewGuid();
        var unit = ArchivesService.NewUnit(estateId);

        await service.PublishAsync(unit);

        var archivist = service.Factory.CreateClientWithToken(TestTokens.For(Roles.Archivist, estateId));
        var files = await Eventually.GetAsync(async () =>
        {
            var page = await archivist.GetFromJsonAsync<PagedResult<CustomerFileResponse>>(
                $"/api/archives/estates/{estateId}/files?unitId={unit.UnitId}", TestJson.Options);
            return page!.Items.Count == 1 ? page : null;
        });
        Assert.Equal("3栋-1-1502", files.Items[0].FileNumber);
        var one = await archivist.GetAsync($"/api/archives/estates/{estateId}/files/{files.Items[0].Id}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
    }

    [Fact]
    public async Task UnitRegistered_WhenDeliveredTwice_OpensOneFileAndRaisesOneEvent()
    {
        var unit = ArchivesService.NewUnit(Guid.NewGuid());

        await service.PublishAsync(unit);
        await service.PublishAsync(unit);

        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(unit.EventId) == 2),
            because: "both deliveries should have been handled");
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        Assert.Equal(1, await db.CustomerFiles.CountAsync(f => f.UnitId == unit.UnitId));
        Assert.Equal(1, await db.Set<InboxMessage>().CountAsync(m => m.EventId == unit.EventId));
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.EstateId == unit.EstateId));
    }

    [Fact]
    public async Task UnitRegistered_WhenDeliveredConcurrently_OpensOneFile()
    {
        var unit = ArchivesService.NewUnit(Guid.NewGuid());

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.PublishAsync(unit)));

        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(unit.EventId) == 5));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        Assert.Equal(1, await db.CustomerFiles.CountAsync(f => f.UnitId == unit.UnitId));
    }

    [Fact]
    public async Task ListFiles_ForArchivistOfAnotherEstate_Returns403()
    {
        var archivist = service.Factory.CreateClientWithToken(TestTokens.For(Roles.Archivist, Guid.NewGuid()));

        var response = await archivist.GetAsync($"/api/archives/estates/{Guid.NewGuid()}/files");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListFiles_ForMaintenanceWorker_Returns403()
    {
        var estateId = Guid.NewGuid();
        var worker = service.Factory.CreateClientWithToken(TestTokens.For(Roles.Maintenance, estateId));

        var response = await worker.GetAsync($"/api/archives/estates/{estateId}/files");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
