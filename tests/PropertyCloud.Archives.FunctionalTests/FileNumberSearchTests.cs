using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Finding customer files by the number written on the folder (档案编号): the whole number or its beginning.</summary>
[Collection(ArchivesCollection.Name)]
public sealed class FileNumberSearchTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task ListFiles_ByExactFileNumber_FindsThatFileOnly()
    {
        var files = await OpenFilesAsync(("5栋", "2", "1502"), ("5栋", "2", "15021"), ("15栋", "2", "1502"));

        var found = await ListAsync($"?fileNumber={Uri.EscapeDataString(" 5栋-2-1502 ")}");

        Assert.Equal((1L, files[0].Id), (found.Total, Assert.Single(found.Items).Id));
    }

    [Fact]
    public async Task ListFiles_ByFileNumberPrefix_FindsEveryFileStartingWithItInNumberOrder()
    {
        var files = await OpenFilesAsync(("5栋", "2", "1502"), ("5栋", "1", "0801"), ("5栋", "2", "0302"), ("15栋", "2", "1502"));

        var entrance = await ListAsync($"?fileNumberPrefix={Uri.EscapeDataString("5栋-2-")}");
        var building = await ListAsync($"?fileNumberPrefix={Uri.EscapeDataString("5栋")}&pageSize=2");

        Assert.Equal([files[2].Id, files[0].Id], entrance.Items.Select(f => f.Id));
        Assert.Equal(3L, building.Total);
        Assert.Equal(["5栋-1-0801", "5栋-2-0302"], building.Items.Select(f => f.FileNumber));
    }

    [Fact]
    public async Task ListFiles_ByAPrefixWithLikeWildcards_MatchesTheCharactersLiterally()
    {
        await OpenFilesAsync(("5栋", "2", "1502"));

        var percent = await ListAsync($"?fileNumberPrefix={Uri.EscapeDataString("%")}");
        var underscore = await ListAsync($"?fileNumberPrefix={Uri.EscapeDataString("5_")}");

        Assert.Equal((0L, 0L), (percent.Total, underscore.Total));
    }

    [Fact]
    public async Task ListFiles_ByFileNumberOfAnotherEstatesFile_FindsNothing()
    {
        var elsewhere = Guid.NewGuid();
        var unit = ArchivesService.NewUnit(elsewhere) with { BuildingCode = "9栋", Number = "0909" };
        await service.PublishAsync(unit);
        await service.FileOfUnitAsync(elsewhere, unit.UnitId);

        var found = await ListAsync($"?fileNumber={Uri.EscapeDataString("9栋-1-0909")}");

        Assert.Empty(found.Items);
    }

    [Theory]
    [InlineData(Roles.Archivist, true, HttpStatusCode.Forbidden)]
    [InlineData(Roles.FrontDesk, false, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Quality, false, HttpStatusCode.OK)]
    [InlineData(Roles.EstateManager, false, HttpStatusCode.OK)]
    public async Task ListFiles_ByFileNumber_IsForTheEstatesFileReaders(string role, bool ofAnotherEstate, HttpStatusCode expected)
    {
        var client = service.ClientFor(role, ofAnotherEstate ? Guid.NewGuid() : _estateId);

        var response = await client.GetAsync($"/api/archives/estates/{_estateId}/files?fileNumberPrefix={Uri.EscapeDataString("5栋")}");

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<PagedResult<CustomerFileResponse>> ListAsync(string query) =>
        (await service.ClientFor(Roles.Archivist, _estateId).GetFromJsonAsync<PagedResult<CustomerFileResponse>>(
            $"/api/archives/estates/{_estateId}/files{query}", TestJson.Options))!;

    private async Task<IReadOnlyList<CustomerFileResponse>> OpenFilesAsync(params (string Building, string Entrance, string Number)[] units)
    {
        var events = units.Select(u => ArchivesService.NewUnit(_estateId) with { BuildingCode = u.Building, Entrance = u.Entrance, Number = u.Number })
            .ToList();
        foreach (var unit in events)
        {
            await service.PublishAsync(unit);
        }
        return await Task.WhenAll(events.Select(u => service.FileOfUnitAsync(_estateId, u.UnitId)));
    }
}
