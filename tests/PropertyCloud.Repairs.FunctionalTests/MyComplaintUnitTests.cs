using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>A resident lodges complaints only as a current owner or tenant, about a unit of theirs.</summary>
[Collection(SharedRepairsService.Name)]
public sealed class MyComplaintUnitTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();
    private readonly Guid _unit = Guid.NewGuid();

    private string Mine => $"/api/repairs/me/estates/{_estate}/complaints";

    private static object Noise(Guid? unitId = null) => new { category = "Noise", description = "楼上装修噪音超时施工", unitId };

    [Fact]
    public async Task Lodge_ByOwnerForANeighboursUnit_Returns403NamingUnitIdAndRecordsNothing()
    {
        var owner = await service.OwnerAsync(_estate, _unit);

        var response = await owner.Client.PostAsJsonAsync(Mine, Noise(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("unitId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var desk = await service.ClientFor(Roles.FrontDesk, _estate)
            .GetFromJsonAsync<PagedResult<ComplaintResponse>>($"/api/repairs/estates/{_estate}/complaints", TestJson.Options);
        Assert.Empty(desk!.Items);
    }

    [Fact]
    public async Task Lodge_ByOwnerForTheirUnit_RecordsIt()
    {
        var owner = await service.OwnerAsync(_estate, Guid.NewGuid(), _unit);

        var lodged = await LodgeAsync(owner.Client, Noise(_unit));

        Assert.Equal(_unit, lodged.UnitId);
    }

    [Fact]
    public async Task Lodge_ByTenantWithoutUnit_RecordsTheirOnlyUnit()
    {
        var tenant = await service.TenantAsync(_estate, _unit);

        var lodged = await LodgeAsync(tenant.Client, Noise());

        Assert.Equal(_unit, lodged.UnitId);
    }

    [Fact]
    public async Task Lodge_ByOwnerOfTwoUnitsWithoutUnit_RecordsNoUnit()
    {
        var owner = await service.OwnerAsync(_estate, _unit, Guid.NewGuid());

        var lodged = await LodgeAsync(owner.Client, Noise());

        Assert.Null(lodged.UnitId);
    }

    [Fact]
    public async Task Lodge_ByTenantWhoMovedOut_Returns403()
    {
        var tenant = await service.TenantAsync(_estate, _unit);
        await service.DeliverAsync(Residency.LeaseEnded(_estate, _unit, tenant.PartyId));

        var forTheirFormerUnit = await tenant.Client.PostAsJsonAsync(Mine, Noise(_unit));
        var withoutUnit = await tenant.Client.PostAsJsonAsync(Mine, Noise());

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (forTheirFormerUnit.StatusCode, withoutUnit.StatusCode));
    }

    [Fact]
    public async Task Lodge_ByOwnerTheServiceHasNotHeardOf_Returns403()
    {
        var response = await service.ClientFor(Roles.Owner, _estate).PostAsJsonAsync(Mine, Noise());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<MyComplaintResponse> LodgeAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync(Mine, request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MyComplaintResponse>(TestJson.Options))!;
    }
}
