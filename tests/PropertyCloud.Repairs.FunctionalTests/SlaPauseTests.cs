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
public sealed class SlaPauseTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    [Fact]
    public async Task Pause_ByWorkerWithNoAccess_HoldsTheTimerUntilResumedAndMovesDueTimes()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);

        var paused = await StepOkAsync(worker.Client, _estate, order.Id, "pause", new { reason = "NoAccess", note = "单元门禁无人应答" });
        service.Clock.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(500); // several timer rounds
        Assert.Empty(service.Published.Of<SlaBreached>(e => e.RepairOrderId == order.Id));
        var resumed = await StepOkAsync(worker.Client, _estate, order.Id, "resume");

        Assert.True(paused.Paused);
        Assert.False(resumed.Paused);
        Assert.Equal(order.OpenedAt.AddMinutes(15), Assert.Single(resumed.Deadlines, d => d.Target == SlaTarget.OnSite).DueAt);
        var pause = Assert.Single(resumed.Pauses!);
        Assert.Equal((SlaPauseReason.NoAccess, service.Clock.GetUtcNow()), (pause.Reason, pause.EndedAt));
        var read = await desk.GetFromJsonAsync<RepairOrderResponse>(Order(_estate, order.Id), TestJson.Options);
        Assert.Equal(10, read!.PausedMinutes);
        Assert.Equal(120, Assert.Single(read.Deadlines, d => d.Target == SlaTarget.Resolution).AllowedMinutes);
    }

    [Fact]
    public async Task Pause_ByAWorkerTheOrderIsNotDispatchedTo_Returns403()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await AcceptedByAsync(desk, service.UserFor(Roles.Maintenance, _estate), _estate);
        var other = service.UserFor(Roles.Maintenance, _estate);

        var response = await StepAsync(other.Client, _estate, order.Id, "pause", new { reason = "WaitingForParts" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pause_WithoutReason_Returns400NamingTheField()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await AcceptedByAsync(desk, service.UserFor(Roles.Maintenance, _estate), _estate);

        var response = await StepAsync(desk, _estate, order.Id, "pause", new { note = "天气不好" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reclassify_FromNormalToEmergency_CountsFromIntake()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate, new { channel = "Phone", category = "Plumbing", urgency = "Normal", unitId = Guid.NewGuid(), description = "水龙头滴水" });
        service.Clock.Advance(TimeSpan.FromMinutes(3));

        var changed = await StepOkAsync(desk, _estate, order.Id, "reclassify", new { category = "Plumbing", urgency = "Emergency" });

        Assert.Equal(RepairUrgency.Emergency, changed.Urgency);
        Assert.Equal(order.OpenedAt.AddMinutes(120), Assert.Single(changed.Deadlines, d => d.Target == SlaTarget.Resolution).DueAt);
        Assert.Equal(3, Assert.Single(changed.Deadlines, d => d.Target == SlaTarget.Resolution).ElapsedMinutes);
    }
}
