using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class EscalationTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Ladder => $"/api/repairs/estates/{_estate}/escalation-ladder";

    private IReadOnlyList<SlaEscalated> Escalations(Guid orderId, string target) =>
        [.. service.Published.Of<SlaEscalated>(e => e.RepairOrderId == orderId && e.Target == target).OrderBy(e => e.Level)];

    [Fact]
    public async Task Timer_WhenWaterEmergencyIsNotFixedInTwoHours_NotifiesResidentsAndClimbsEachRungOnce()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);
        await StepOkAsync(worker.Client, _estate, order.Id, "on-site");

        service.Clock.Advance(TimeSpan.FromMinutes(121));
        var notice = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ResidentNoticeRequired>(e => e.RepairOrderId == order.Id)));
        await Eventually.TrueAsync(() => Task.FromResult(Escalations(order.Id, "resolution").Count == 1), because: "the team leader is told at once");
        service.Clock.Advance(TimeSpan.FromMinutes(30));
        await Eventually.TrueAsync(() => Task.FromResult(Escalations(order.Id, "resolution").Count == 2), because: "the estate manager after 30 min");
        service.Clock.Advance(TimeSpan.FromMinutes(90));
        await Eventually.TrueAsync(() => Task.FromResult(Escalations(order.Id, "resolution").Count == 3), because: "quality after 2 h");
        await Task.Delay(700); // several more timer rounds

        Assert.Equal(["team_leader", "estate_manager", "quality_department"], Escalations(order.Id, "resolution").Select(e => e.Notify));
        Assert.Equal([1, 2, 3], Escalations(order.Id, "resolution").Select(e => e.Level));
        Assert.Equal(order.UnitId, notice.UnitId);
        Assert.Single(service.Published.Of<ResidentNoticeRequired>(e => e.RepairOrderId == order.Id));
        Assert.Empty(service.Published.Of<SlaEscalated>(e => e.RepairOrderId == order.Id && e.Target != "resolution"));
    }

    [Fact]
    public async Task Timer_WithEstateLadder_StopsClimbingOnceTheTargetIsMet()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var set = await manager.PutAsJsonAsync(Ladder, new { rungs = new object[] { new { afterMinutes = 0, notify = "EstateManager" }, new { afterMinutes = 60, notify = "QualityDepartment" } } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await OpenAsync(manager, _estate, new { channel = "Phone", category = "DoorAndAccess", urgency = "Urgent", buildingId = Guid.NewGuid(), publicArea = "1栋单元门", description = "单元门禁失灵" });
        await StepOkAsync(manager, _estate, order.Id, "dispatch", new { assigneeId = worker.UserId, assigneeName = "李师傅" });

        service.Clock.Advance(TimeSpan.FromMinutes(31));
        await Eventually.TrueAsync(() => Task.FromResult(Escalations(order.Id, "response").Count == 1), because: "the response target was missed");
        await StepOkAsync(worker.Client, _estate, order.Id, "accept");
        service.Clock.Advance(TimeSpan.FromMinutes(61));
        await Task.Delay(700);

        Assert.Equal("estate_manager", Assert.Single(Escalations(order.Id, "response")).Notify);
        Assert.Empty(service.Published.Of<ResidentNoticeRequired>(e => e.RepairOrderId == order.Id));
    }

    [Fact]
    public async Task SetLadder_WithRungsNotClimbing_Returns422()
    {
        var response = await service.ClientFor(Roles.EstateManager, _estate).PutAsJsonAsync(Ladder,
            new { rungs = new object[] { new { afterMinutes = 60, notify = "EstateManager" }, new { afterMinutes = 30, notify = "QualityDepartment" } } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("escalation.rungs_out_of_order", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetLadder_ByFrontDesk_Returns403()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate).PutAsJsonAsync(Ladder,
            new { rungs = new object[] { new { afterMinutes = 0, notify = "TeamLeader" } } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
