using PropertyCloud.Testing;
using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class UnitRegistrationTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private readonly RegisterClient _register = RegisterClient.AsGroupAdmin(service.Factory);

    [Fact]
    public async Task RegisterUnit_WhenValid_PublishesUnitRegisteredWithItsEventIdAsMessageId()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);

        var unit = await _register.RegisterUnitAsync(estate.Id, building.Id);

        var published = await PropertyCloud.Testing.Eventually.GetAsync(() =>
            Task.FromResult(service.Published.FirstOrDefault(p => p.Message.UnitId == unit.Id)));
        Assert.Equal(estate.Id, published.Message.EstateId);
        Assert.Equal("1栋", published.Message.BuildingCode);
        Assert.Equal("1502", published.Message.Number);
        Assert.Equal(published.Message.EventId, published.MessageId);
        Assert.Equal(0.78m, unit.EfficiencyRatio);
    }

    [Fact]
    public async Task GetUnit_AfterRegistration_ReturnsWhatWasRegistered()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);
        var unit = await _register.RegisterUnitAsync(estate.Id, building.Id, "0801");

        var read = await _register.Http.GetFromJsonAsync<PropertyCloud.Residents.Api.Apis.UnitResponse>($"/api/residents/estates/{estate.Id}/units/{unit.Id}", TestJson.Options);
        var page = await _register.Http.GetFromJsonAsync<PropertyCloud.BuildingBlocks.Api.PagedResult<PropertyCloud.Residents.Api.Apis.UnitResponse>>(
            $"/api/residents/estates/{estate.Id}/units?buildingId={building.Id}&pageSize=10", TestJson.Options);

        Assert.Equal("0801", read!.Number);
        Assert.Equal(UnitUsage.Residence, read.Usage);
        Assert.Equal(1, page!.Total);
    }

    [Fact]
    public async Task RegisterUnit_WhenNumberTakenInEntrance_Returns409NamingNumber()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);
        await _register.RegisterUnitAsync(estate.Id, building.Id, "1001");

        var response = await _register.PostUnitAsync(estate.Id, building.Id, RegisterClient.ValidUnit("1001"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("\"number\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
