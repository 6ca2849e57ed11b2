using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class RepairOrderLifecycleTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    [Fact]
    public async Task FullLoop_FromIntakeToClose_PublishesOpenedCompletedAndClosedOnceEach()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var unitId = Guid.NewGuid();

        var order = await AcceptedByAsync(desk, worker, _estate, WaterEmergency(unitId));
        await StepOkAsync(worker.Client, _estate, order.Id, "on-site");
        var completed = await StepOkAsync(worker.Client, _estate, order.Id, "complete", Completion(chargeable: 80m));
        await StepOkAsync(desk, _estate, order.Id, "follow-up", new { satisfactionScore = 4, comment = "及时" });
        var closed = (await (await desk.PostAsync($"{Order(_estate, order.Id)}/close", null)).Content.ReadFromJsonAsync<Api.Apis.RepairOrderResponse>(TestJson.Options))!;

        Assert.Equal(RepairOrderStatus.Closed, closed.Status);
        Assert.Equal(35.5m, completed.MaterialsValue);
        Assert.All(closed.Deadlines, d => Assert.NotNull(d.MetAt));
        var done = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<RepairOrderClosed>(e => e.RepairOrderId == order.Id)));
        Assert.Equal(4, done.SatisfactionScore);
        var completion = Assert.Single(service.Published.Of<RepairOrderCompleted>(e => e.RepairOrderId == order.Id));
        Assert.Equal((_estate, unitId, "plumbing", 80m, 40), (completion.EstateId, completion.UnitId, completion.Category, completion.ChargeableAmount, completion.LabourMinutes));
        Assert.NotNull(completion.AcceptedAt);
        Assert.Equal((completed.AcceptedAt, completed.OnSiteAt), (completion.AcceptedAt, completion.OnSiteAt));
        Assert.Equal(worker.UserId, Assert.Single(service.Published.Of<RepairOrderDispatched>(e => e.RepairOrderId == order.Id)).AssigneeId);
        Assert.Equal(4, Assert.Single(service.Published.Of<FollowUpRecorded>(e => e.RepairOrderId == order.Id)).SatisfactionScore);
        var charge = Assert.Single(service.Published.Of<RepairChargeRequested>(e => e.RepairOrderId == order.Id));
        Assert.Equal((80m, unitId), (charge.Amount, charge.UnitId));
        var opened = Assert.Single(service.Published.Of<RepairOrderOpened>(e => e.RepairOrderId == order.Id));
        Assert.Equal("emergency", opened.Urgency);
        Assert.Equal(opened.EventId, Assert.Single(service.Published.MessageIdsOf<RepairOrderOpened>(e => e.RepairOrderId == order.Id)));
    }

    [Fact]
    public async Task Complete_FreeOfCharge_RequestsNoCharge()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);
        await StepOkAsync(worker.Client, _estate, order.Id, "on-site");

        await StepOkAsync(worker.Client, _estate, order.Id, "complete", Completion(chargeable: 0));

        await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<RepairOrderCompleted>(e => e.RepairOrderId == order.Id)));
        await Task.Delay(300);
        Assert.Empty(service.Published.Of<RepairChargeRequested>(e => e.RepairOrderId == order.Id));
    }

    [Fact]
    public async Task Complete_WhenWorkerNotOnSiteYet_Returns422NamingTheRule()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);

        var response = await StepAsync(worker.Client, _estate, order.Id, "complete", Completion());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("repair.complete_requires_on_site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_WithoutFollowUpVisitOrReason_Returns422ThenClosesWithReason()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);
        await StepOkAsync(worker.Client, _estate, order.Id, "on-site");
        await StepOkAsync(worker.Client, _estate, order.Id, "complete", Completion());

        var refused = await StepAsync(desk, _estate, order.Id, "close");
        var closed = await StepOkAsync(desk, _estate, order.Id, "close", new { noFollowUpReason = "业主电话停机，三次上门无人" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("repair.close_requires_follow_up_or_reason", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RepairOrderStatus.Closed, closed.Status);
        var evt = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<RepairOrderClosed>(e => e.RepairOrderId == order.Id)));
        Assert.Equal((false, (int?)null), (evt.FollowedUp, evt.SatisfactionScore));
    }

    [Fact]
    public async Task Accept_ByAnotherMaintenanceWorker_Returns403()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);
        await StepOkAsync(desk, _estate, order.Id, "dispatch", new { assigneeId = "someone-else", assigneeName = "李师傅" });

        var response = await StepAsync(service.ClientFor(Roles.Maintenance, _estate), _estate, order.Id, "accept");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_ByMaintenanceWorker_Returns403()
    {
        var order = await OpenAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate);

        var response = await StepAsync(service.ClientFor(Roles.Maintenance, _estate), _estate, order.Id, "dispatch",
            new { assigneeId = "me", assigneeName = "我" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_ConcurrentlyByTwoDesks_EndsWithOneAssignee()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            StepAsync(service.ClientFor(Roles.EstateManager, _estate), _estate, order.Id, "dispatch", new { assigneeId = $"w{i}", assigneeName = $"师傅{i}" })));

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a != winner), a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity }));
        var assignee = (await winner.Content.ReadFromJsonAsync<Api.Apis.RepairOrderResponse>(TestJson.Options))!.AssigneeId;
        var stored = await desk.GetFromJsonAsync<Api.Apis.RepairOrderResponse>(Order(_estate, order.Id), TestJson.Options);
        Assert.Equal(assignee, stored!.AssigneeId);
    }

    [Fact]
    public async Task Step_OnUnknownOrder_Returns404()
    {
        var response = await StepAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate, Guid.NewGuid(), "close");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Open_InAnotherEstate_Returns403()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate).PostAsJsonAsync(Orders(Guid.NewGuid()), WaterEmergency());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
