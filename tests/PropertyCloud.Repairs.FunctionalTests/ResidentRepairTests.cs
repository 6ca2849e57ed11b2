using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class ResidentRepairTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();
    private readonly Guid _unit = Guid.NewGuid();

    [Fact]
    public async Task Open_ByOwnerForTheirOwnUnit_IsSelfServiceAndReportedByThem()
    {
        var owner = await service.OwnerAsync(_estate, _unit);

        var order = await OpenAsync(owner.Client, _estate, WaterEmergency(_unit));

        Assert.Equal((RepairChannel.SelfService, owner.UserId, _unit), (order.Channel, order.ReporterId, order.UnitId));
    }

    [Fact]
    public async Task List_ByTenant_ShowsOnlyTheirOwnRepairs()
    {
        var tenant = await service.TenantAsync(_estate, _unit);
        var mine = await OpenAsync(tenant.Client, _estate, WaterEmergency(_unit));
        var other = await OpenAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate);

        var page = await tenant.Client.GetFromJsonAsync<PagedResult<RepairOrderResponse>>(Orders(_estate), TestJson.Options);
        var read = await tenant.Client.GetAsync(Order(_estate, other.Id));

        Assert.Equal(mine.Id, Assert.Single(page!.Items).Id);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Dispatch_ByOwner_Returns403()
    {
        var owner = await service.OwnerAsync(_estate, _unit);
        var order = await OpenAsync(owner.Client, _estate, WaterEmergency(_unit));

        var response = await StepAsync(owner.Client, _estate, order.Id, "dispatch", new { assigneeId = "x", assigneeName = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_ByOwnerOfAnotherEstate_Returns403()
    {
        var response = await service.ClientFor(Roles.Owner, Guid.NewGuid()).PostAsJsonAsync(Orders(_estate), WaterEmergency());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_ByOwnerForANeighboursUnit_Returns403NamingUnitIdAndOpensNothing()
    {
        var owner = await service.OwnerAsync(_estate, _unit);
        var neighbours = Guid.NewGuid();
        await service.OwnerAsync(_estate, neighbours);

        var response = await owner.Client.PostAsJsonAsync(Orders(_estate), WaterEmergency(neighbours));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("unitId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var desk = await service.ClientFor(Roles.FrontDesk, _estate).GetFromJsonAsync<PagedResult<RepairOrderResponse>>(Orders(_estate), TestJson.Options);
        Assert.Empty(desk!.Items);
    }

    [Fact]
    public async Task Open_ByOwnerForAnotherUnitAskingInEnglish_SaysWhyInEnglish()
    {
        var owner = await service.OwnerAsync(_estate, _unit);
        using var request = new HttpRequestMessage(HttpMethod.Post, Orders(_estate)) { Content = JsonContent.Create(WaterEmergency(Guid.NewGuid())) };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var response = await owner.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not own or rent this unit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ByTenantWithoutUnit_IsForTheirOnlyUnit()
    {
        var tenant = await service.TenantAsync(_estate, _unit);

        var order = await OpenAsync(tenant.Client, _estate, new { category = "Plumbing", urgency = "Normal", description = "阳台地漏堵塞" });

        Assert.Equal(_unit, order.UnitId);
    }

    [Fact]
    public async Task Open_ByOwnerOfTwoUnitsWithoutUnit_Returns422OnTheLocation()
    {
        var owner = await service.OwnerAsync(_estate, _unit, Guid.NewGuid());

        var response = await owner.Client.PostAsJsonAsync(Orders(_estate), new { category = "Plumbing", urgency = "Normal", description = "阳台地漏堵塞" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("location", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ByOwnerForAPublicArea_NamesNoUnit()
    {
        var owner = await service.OwnerAsync(_estate, _unit);

        var order = await OpenAsync(owner.Client, _estate,
            new { category = "PublicArea", urgency = "Normal", publicArea = "地下车库B区", description = "车库照明灯不亮" });

        Assert.Equal(((Guid?)null, "地下车库B区"), (order.UnitId, order.PublicArea));
    }

    [Fact]
    public async Task Open_ByOwnerTheServiceHasNotHeardOf_Returns403()
    {
        var stranger = service.ClientFor(Roles.Owner, _estate);

        var response = await stranger.PostAsJsonAsync(Orders(_estate),
            new { category = "PublicArea", urgency = "Normal", publicArea = "地下车库B区", description = "车库照明灯不亮" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.FrontDesk)]
    [InlineData(Roles.EstateManager)]
    public async Task Open_ByStaffForAnyUnitOfTheEstate_IsAccepted(string role)
    {
        var anyUnit = Guid.NewGuid();

        var order = await OpenAsync(service.ClientFor(role, _estate), _estate, WaterEmergency(anyUnit));

        Assert.Equal((RepairChannel.Phone, anyUnit), (order.Channel, order.UnitId));
    }
}
