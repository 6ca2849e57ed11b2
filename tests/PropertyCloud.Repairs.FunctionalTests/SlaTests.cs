using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class SlaTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Policies => $"/api/repairs/estates/{_estate}/sla-policies";

    [Fact]
    public async Task Policies_WhenEstateSetNone_AreTheSeedDefaults()
    {
        var policies = await service.ClientFor(Roles.EstateManager, _estate).GetFromJsonAsync<List<SlaPolicyResponse>>(Policies, TestJson.Options);

        var water = Assert.Single(policies!, p => p is { Category: RepairCategory.Plumbing, Urgency: RepairUrgency.Emergency });
        Assert.Equal((5, 120, true), (water.OnSiteMinutes, water.ResolutionMinutes, water.IsDefault));
    }

    [Fact]
    public async Task Open_AfterEstateSetsItsOwnSla_RecordsDueTimesFromIt()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var set = await manager.PutAsJsonAsync($"{Policies}/Elevator/Urgent", new { responseMinutes = 10, onSiteMinutes = 20, resolutionMinutes = 90 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var order = await OpenAsync(manager, _estate, new { channel = "Phone", category = "Elevator", urgency = "Urgent", publicArea = "2栋电梯", description = "门关不上" });

        var onSite = Assert.Single(order.Deadlines, d => d.Target == SlaTarget.OnSite);
        Assert.Equal(order.OpenedAt.AddMinutes(20), onSite.DueAt);
    }

    [Fact]
    public async Task SetPolicy_WithOnSiteAfterResolution_Returns422()
    {
        var response = await service.ClientFor(Roles.EstateManager, _estate)
            .PutAsJsonAsync($"{Policies}/Plumbing/Normal", new { responseMinutes = 10, onSiteMinutes = 500, resolutionMinutes = 90 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("sla.targets_out_of_order", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPolicy_ByFrontDesk_Returns403()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate)
            .PutAsJsonAsync($"{Policies}/Plumbing/Normal", new { responseMinutes = 10, onSiteMinutes = 20, resolutionMinutes = 90 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Timer_WhenWaterEmergencyHasNoWorkerOnSiteAfterFiveMinutes_RaisesOnSiteBreachOnce()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);

        service.Clock.Advance(TimeSpan.FromMinutes(4));
        await Task.Delay(500);
        Assert.Empty(service.Published.Of<SlaBreached>(e => e.RepairOrderId == order.Id));
        service.Clock.Advance(TimeSpan.FromMinutes(2));

        var breach = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<SlaBreached>(e => e.RepairOrderId == order.Id)));
        await Task.Delay(700); // several more timer rounds
        Assert.Equal("on_site", breach.Target);
        Assert.Equal(order.OpenedAt.AddMinutes(5), breach.DueAt);
        Assert.Single(service.Published.Of<SlaBreached>(e => e.RepairOrderId == order.Id));
        var read = await desk.GetFromJsonAsync<RepairOrderResponse>(Order(_estate, order.Id), TestJson.Options);
        Assert.NotNull(Assert.Single(read!.Deadlines, d => d.Target == SlaTarget.OnSite).BreachedAt);
    }

    [Fact]
    public async Task Timer_WithTwoInstancesOnOneDatabase_RaisesEachBreachExactlyOnce()
    {
        var estate = Guid.NewGuid();
        var desk = service.ClientFor(Roles.FrontDesk, estate);
        var orders = await Task.WhenAll(Enumerable.Range(0, 15).Select(_ => OpenAsync(desk, estate)));
        await using var second = service.CreateInstance();
        _ = second.Server;

        service.Clock.Advance(TimeSpan.FromHours(3));

        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Of<SlaBreached>(e => e.EstateId == estate).Count >= 45),
            because: "every order misses its three targets");
        await Task.Delay(700);
        var breaches = service.Published.Of<SlaBreached>(e => e.EstateId == estate);
        Assert.Equal(45, breaches.Count);
        Assert.Equal(45, breaches.Select(b => (b.RepairOrderId, b.Target)).Distinct().Count());
        Assert.All(orders, o => Assert.Equal(3, breaches.Count(b => b.RepairOrderId == o.Id)));
    }
}
