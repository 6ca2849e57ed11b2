using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>Creates estates, buildings and units through the API the way staff would.</summary>
public sealed class RegisterClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static RegisterClient AsGroupAdmin(ServiceFactory<Program> factory) =>
        new(factory.CreateClientWithToken(TestTokens.For(Roles.GroupAdmin)));

    public async Task<EstateResponse> RegisterEstateAsync()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var response = await Http.PostAsJsonAsync("/api/residents/estates",
            new RegisterEstateRequest(code, "测试小区 " + code, "测试物业公司", EstateKind.Residential, "测试路1号"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EstateResponse>(TestJson.Options))!;
    }

    public async Task<BuildingResponse> RegisterBuildingAsync(Guid estateId, string code = "1栋")
    {
        var response = await Http.PostAsJsonAsync($"/api/residents/estates/{estateId}/buildings",
            new BuildingRequest(code, "一号楼", "高层住宅", 18, 2, new DateOnly(2015, 1, 1), new DateOnly(2017, 6, 30)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<BuildingResponse>(TestJson.Options))!;
    }

    public Task<HttpResponseMessage> PostUnitAsync(Guid estateId, Guid buildingId, UnitRequest unit) =>
        Http.PostAsJsonAsync($"/api/residents/estates/{estateId}/buildings/{buildingId}/units", unit, TestJson.Options);

    public async Task<UnitResponse> RegisterUnitAsync(Guid estateId, Guid buildingId, string number = "1502")
    {
        var response = await PostUnitAsync(estateId, buildingId, ValidUnit(number));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UnitResponse>(TestJson.Options))!;
    }

    public static UnitRequest ValidUnit(string number = "1502") =>
        new("1", 15, number, "3室2厅2卫", 118.50m, 92.43m, UnitUsage.Residence);
}
