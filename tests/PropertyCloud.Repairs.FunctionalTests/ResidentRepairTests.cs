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

    [Fact]
    public async Task Open_ByOwner_IsSelfServiceAndReportedByThem()
    {
        var owner = service.UserFor(Roles.Owner, _estate);

        var order = await OpenAsync(owner.Client, _estate);

        Assert.Equal(RepairChannel.SelfService, order.Channel);
        Assert.Equal(owner.UserId, order.ReporterId);
    }

    [Fact]
    public async Task List_ByTenant_ShowsOnlyTheirOwnRepairs()
    {
        var tenant = service.UserFor(Roles.Tenant, _estate);
        var mine = await OpenAsync(tenant.Client, _estate);
        var other = await OpenAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate);

        var page = await tenant.Client.GetFromJsonAsync<PagedResult<RepairOrderResponse>>(Orders(_estate), TestJson.Options);
        var read = await tenant.Client.GetAsync(Order(_estate, other.Id));

        Assert.Equal(mine.Id, Assert.Single(page!.Items).Id);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Dispatch_ByOwner_Returns403()
    {
        var owner = service.UserFor(Roles.Owner, _estate);
        var order = await OpenAsync(owner.Client, _estate);

        var response = await StepAsync(owner.Client, _estate, order.Id, "dispatch", new { assigneeId = "x", assigneeName = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_ByOwnerOfAnotherEstate_Returns403()
    {
        var response = await service.ClientFor(Roles.Owner, Guid.NewGuid()).PostAsJsonAsync(Orders(_estate), WaterEmergency());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
