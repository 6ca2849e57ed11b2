using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>
/// Records that arrive before their unit's file exists are held and filed when the unit is registered. The record type
/// here is a synthetic one of the tests' own, standing in for the events other services will publish.
/// </summary>
[Collection(ArchivesCollection.Name)]
public sealed class PendingFilingTests(ArchivesService service)
{
    private const string SyntheticRecord = "test.synthetic_record";
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task File_BeforeTheUnitExists_IsHeldOnceAndFiledWhenTheUnitIsRegistered()
    {
        var unit = ArchivesService.NewUnit(_estateId);
        var request = Request(unit.UnitId);

        Assert.Equal(FilingOutcome.HeldUntilUnitExists, await FileAsync(request));
        Assert.Equal(FilingOutcome.AlreadyHeld, await FileAsync(request));
        await service.PublishAsync(unit);

        var file = await service.FileOfUnitAsync(_estateId, unit.UnitId);
        var records = await service.ClientFor(Roles.Archivist, _estateId)
            .GetFromJsonAsync<PagedResult<FileRecordResponse>>($"/api/archives/estates/{_estateId}/files/{file.Id}/records", TestJson.Options);
        var record = Assert.Single(records!.Items);
        Assert.Equal((SyntheticRecord, request.SourceEventId, DocumentCategory.RepairRecord), (record.RecordType, record.SourceEventId, record.Category));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ArchivesDb>().PendingFilings.AnyAsync(p => p.UnitId == unit.UnitId));
        Assert.Equal(FilingOutcome.AlreadyFiled, await FileAsync(request));
    }

    [Fact]
    public async Task File_WhenTheUnitsFileIsOpen_FilesAtOnceAndOnlyOnce()
    {
        var file = await service.OpenFileAsync(_estateId);
        var request = Request(file.UnitId);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => FileAsync(request)));

        Assert.Single(outcomes, o => o == FilingOutcome.Filed);
        Assert.All(outcomes.Where(o => o != FilingOutcome.Filed), o => Assert.Equal(FilingOutcome.AlreadyFiled, o));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ArchivesDb>().FileRecords.CountAsync(r => r.FileId == file.Id));
    }

    private FilingRequest Request(Guid unitId) => new(
        Guid.NewGuid(), SyntheticRecord, _estateId, unitId, DocumentCategory.RepairRecord, "厨房水管维修完工",
        DateTimeOffset.UtcNow, """{"orderNumber":"WX-2026-0001"}""");

    /// <summary>What a consumer does inside its transaction.</summary>
    private async Task<FilingOutcome> FileAsync(FilingRequest request)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        var filing = scope.ServiceProvider.GetRequiredService<UnitFiling>();
        return await db.InTransactionAsync(() => filing.FileAsync(db, request, CancellationToken.None), CancellationToken.None);
    }
}
