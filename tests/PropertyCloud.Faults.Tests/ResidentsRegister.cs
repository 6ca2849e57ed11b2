extern alias residents;

using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Faults.Tests.Infrastructure;
using PropertyCloud.Testing;
using residents::PropertyCloud.Residents.Api.Apis;
using residents::PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Faults.Tests;

/// <summary>Registers estates, buildings and units through the Residents API, as staff would.</summary>
public sealed class ResidentsRegister(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<(Guid EstateId, Guid BuildingId)> RegisterEstateWithBuildingAsync()
    {
        var code = "F" + Guid.NewGuid().ToString("N")[..8];
        var estate = await Http.PostAsJsonAsync("/api/residents/estates",
            new RegisterEstateRequest(code, "故障测试小区 " + code, "测试物业公司", EstateKind.Residential, "测试路1号"));
        Assert.Equal(HttpStatusCode.Created, estate.StatusCode);
        var estateId = (await estate.Content.ReadFromJsonAsync<EstateResponse>(TestJson.Options))!.Id;
        var building = await Http.PostAsJsonAsync($"/api/residents/estates/{estateId}/buildings",
            new BuildingRequest("1栋", "一号楼", "高层住宅", 30, 2, new DateOnly(2015, 1, 1), new DateOnly(2017, 6, 30)));
        Assert.Equal(HttpStatusCode.Created, building.StatusCode);
        return (estateId, (await building.Content.ReadFromJsonAsync<BuildingResponse>(TestJson.Options))!.Id);
    }

    /// <summary>Posts unit number <paramref name="n"/>; the caller judges the answer.</summary>
    public Task<HttpResponseMessage> PostUnitAsync(Guid estateId, Guid buildingId, int n, CancellationToken cancellationToken = default) =>
        Http.PostAsJsonAsync($"/api/residents/estates/{estateId}/buildings/{buildingId}/units",
            new UnitRequest("1", 1 + (n % 30), $"U{n:00000}", "3室2厅2卫", 118.50m, 92.43m, UnitUsage.Residence), TestJson.Options,
            cancellationToken);

    public static async Task<Guid> UnitIdAsync(HttpResponseMessage created) =>
        (await created.Content.ReadFromJsonAsync<UnitResponse>(TestJson.Options))!.Id;

    public static ResidentsRegister AsGroupAdmin<TProgram>(ServiceFactory<TProgram> factory) where TProgram : class =>
        new(factory.CreateClientWithToken(TestTokens.For(Roles.GroupAdmin)));
}
