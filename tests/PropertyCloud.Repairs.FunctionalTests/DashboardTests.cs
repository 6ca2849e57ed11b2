using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class DashboardTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Dashboards => $"/api/repairs/estates/{_estate}/dashboards";

    [Fact]
    public async Task SlaAtRisk_ShowsOrdersDueWithinTheWindowAndFrontDeskShowsThemOverdueOncePassed()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var water = await OpenAsync(desk, _estate);
        var normal = await OpenAsync(desk, _estate, new { channel = "Phone", category = "PublicArea", urgency = "Normal", publicArea = "花园", description = "长椅松动" });

        var atRisk = await manager.GetFromJsonAsync<SlaAtRiskResponse>($"{Dashboards}/sla-at-risk?withinMinutes=10", TestJson.Options);
        service.Clock.Advance(TimeSpan.FromMinutes(6));
        var queue = await desk.GetFromJsonAsync<FrontDeskQueueResponse>($"{Dashboards}/front-desk", TestJson.Options);

        Assert.Equal([water.Id], atRisk!.Orders.Select(o => o.Id));
        Assert.Contains(queue!.Overdue, o => o.Id == water.Id);
        Assert.DoesNotContain(queue.Overdue, o => o.Id == normal.Id);
    }

    [Fact]
    public async Task Dashboards_ForAMaintenanceWorker_Return403()
    {
        var response = await service.ClientFor(Roles.Maintenance, _estate).GetAsync($"{Dashboards}/sla-at-risk");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
