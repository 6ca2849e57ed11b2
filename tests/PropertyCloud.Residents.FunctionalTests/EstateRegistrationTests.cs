using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class EstateRegistrationTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private readonly RegisterClient _register = RegisterClient.AsGroupAdmin(service.Factory);

    [Fact]
    public async Task RegisterEstate_PublishesEstateRegisteredWithItsCompany()
    {
        var estate = await _register.RegisterEstateAsync();

        var published = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<EstateRegistered>().FirstOrDefault(e => e.EstateId == estate.Id)));
        Assert.Equal(estate.Code, published.Code);
        Assert.Equal("测试物业公司", published.Company);
    }

    [Fact]
    public async Task UpdateEstate_PublishesEstateRegisteredWithTheNewCompany()
    {
        var estate = await _register.RegisterEstateAsync();

        var response = await _register.Http.PutAsJsonAsync($"/api/residents/estates/{estate.Id}",
            new UpdateEstateRequest("新名称", "第二物业公司", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<EstateRegistered>().FirstOrDefault(e => e.EstateId == estate.Id && e.Company == "第二物业公司")));
        Assert.Equal("新名称", published.Name);
    }
}
