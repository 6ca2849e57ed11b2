using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Consumers;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Other services' events are filed into the right unit's file once, and held until the unit's file exists.</summary>
[Collection(CustodyCollection.Name)]
public sealed class EventFilingTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Theory]
    [InlineData("owner_change", FiledRecordTypes.OwnerChange, DocumentCategory.Other)]
    [InlineData("repair", FiledRecordTypes.Repair, DocumentCategory.RepairRecord)]
    [InlineData("complaint", FiledRecordTypes.Complaint, DocumentCategory.ComplaintRecord)]
    [InlineData("payment", FiledRecordTypes.Payment, DocumentCategory.Other)]
    [InlineData("arrears", FiledRecordTypes.Arrears, DocumentCategory.ArrearsRecord)]
    public async Task Event_DeliveredTwiceToAnOpenFile_IsFiledOnce(string kind, string recordType, DocumentCategory category)
    {
        var file = await service.OpenFileAsync(_estateId);
        var filed = FiledEvents.For(kind, _estateId, file.UnitId);

        await service.PublishFiledAsync(filed);
        await service.PublishFiledAsync(filed);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(filed.EventId) == 2));

        var record = Assert.Single(await RecordsAsync(file.Id));
        Assert.Equal((recordType, category, filed.EventId, file.Id), (record.RecordType, record.Category, record.SourceEventId, record.FileId));
        Assert.Equal(kind == "owner_change" ? new DateOnly(2029, 3, 15) : null, record.DestructionReviewOn);
    }

    [Theory]
    [InlineData("owner_change", FiledRecordTypes.OwnerChange)]
    [InlineData("repair", FiledRecordTypes.Repair)]
    [InlineData("complaint", FiledRecordTypes.Complaint)]
    [InlineData("payment", FiledRecordTypes.Payment)]
    [InlineData("arrears", FiledRecordTypes.Arrears)]
    public async Task Event_BeforeTheUnitIsRegistered_IsFiledOnceWhenItIs(string kind, string recordType)
    {
        var unit = ArchivesService.NewUnit(_estateId);
        var filed = FiledEvents.For(kind, _estateId, unit.UnitId);

        await service.PublishFiledAsync(filed);
        await service.PublishFiledAsync(filed);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(filed.EventId) == 2));
        await service.PublishAsync(unit);

        var file = await service.FileOfUnitAsync(_estateId, unit.UnitId);
        var record = Assert.Single(await RecordsAsync(file.Id));
        Assert.Equal((recordType, filed.EventId), (record.RecordType, record.SourceEventId));
        Assert.Equal(kind == "owner_change" ? new DateOnly(2029, 3, 15) : null, record.DestructionReviewOn);
    }

    [Fact]
    public async Task OwnershipTransferred_MarksThePreviousOwnersPartForDestructionReviewThreeYearsAfterTheTransfer()
    {
        var file = await service.OpenFileAsync(_estateId);
        var filed = FiledEvents.For("owner_change", _estateId, file.UnitId);

        await service.PublishFiledAsync(filed);

        var record = Assert.Single(await Eventually.GetAsync(async () =>
        {
            var records = await RecordsAsync(file.Id);
            return records.Count == 1 ? records : null;
        }));
        Assert.Equal(new DateOnly(2029, 3, 15), record.DestructionReviewOn);
    }

    [Theory]
    [InlineData("repair")]
    [InlineData("complaint")]
    public async Task Event_NamingNoUnit_IsNotFiledAnywhere(string kind)
    {
        var filed = FiledEvents.For(kind, _estateId, unitId: null);

        await service.PublishFiledAsync(filed);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(filed.EventId) == 1));

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        Assert.False(await db.FileRecords.AnyAsync(r => r.SourceEventId == filed.EventId));
        Assert.False(await db.PendingFilings.AnyAsync(p => p.SourceEventId == filed.EventId));
    }

    [Fact]
    public async Task SurveyResponse_PartialThenCompleteTwice_IsFiledOnceUnderItsResponse()
    {
        var file = await service.OpenFileAsync(_estateId);
        var responseId = Guid.NewGuid();
        var saves = new[] { false, true, true }.Select(complete => FiledEvents.SurveyResponse(_estateId, file.UnitId, responseId, complete)).ToList();

        foreach (var save in saves)
        {
            await service.PublishAsync(save);
        }
        await Eventually.TrueAsync(() => Task.FromResult(saves.All(s => service.Consumed.Finished(s.EventId) == 1)));

        var record = Assert.Single(await RecordsAsync(file.Id));
        Assert.Equal((FiledRecordTypes.SurveyResponse, DocumentCategory.SurveyRecord, responseId),
            (record.RecordType, record.Category, record.SourceEventId));
    }

    private async Task<IReadOnlyList<FileRecordResponse>> RecordsAsync(Guid fileId)
    {
        var page = await service.ClientFor(Roles.Archivist, _estateId)
            .GetFromJsonAsync<PagedResult<FileRecordResponse>>($"/api/archives/estates/{_estateId}/files/{fileId}/records", TestJson.Options);
        return page!.Items;
    }
}
