using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class QueueTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    [Fact]
    public async Task MyOrders_ForAWorker_ListsOnlyOrdersDispatchedToThem()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var mine = await AcceptedByAsync(desk, worker, _estate);
        var others = await OpenAsync(desk, _estate);
        await StepOkAsync(desk, _estate, others.Id, "dispatch", new { assigneeId = "another-worker", assigneeName = "李师傅" });

        var page = await worker.Client.GetFromJsonAsync<PagedResult<RepairOrderResponse>>("/api/repairs/my-orders", TestJson.Options);

        Assert.Equal(mine.Id, Assert.Single(page!.Items).Id);
    }

    [Fact]
    public async Task List_FilteredByStatusUrgencyAndCategory_ReturnsOnlyMatchingOrders()
    {
        var estate = Guid.NewGuid();
        var desk = service.ClientFor(Roles.FrontDesk, estate);
        var water = await OpenAsync(desk, estate);
        await OpenAsync(desk, estate, new { channel = "Visit", category = "Elevator", urgency = "Normal", publicArea = "1栋电梯", description = "异响" });
        var dispatched = await OpenAsync(desk, estate);
        await StepOkAsync(desk, estate, dispatched.Id, "dispatch", new { assigneeId = "w", assigneeName = "w" });

        var open = await desk.GetFromJsonAsync<PagedResult<RepairOrderResponse>>($"{Orders(estate)}?status=Open&urgency=Emergency&category=Plumbing", TestJson.Options);
        var all = await service.ClientFor(Roles.Quality).GetFromJsonAsync<PagedResult<RepairOrderResponse>>($"{Orders(estate)}?pageSize=2", TestJson.Options);

        Assert.Equal(water.Id, Assert.Single(open!.Items).Id);
        Assert.Equal(3, all!.Total);
        Assert.Equal(2, all.Items.Count);
    }

    [Fact]
    public async Task List_Overdue_ReturnsOrdersPastAnUnmetTarget()
    {
        var estate = Guid.NewGuid();
        var desk = service.ClientFor(Roles.FrontDesk, estate);
        var emergency = await OpenAsync(desk, estate);
        await OpenAsync(desk, estate, new { channel = "Phone", category = "Other", urgency = "Normal", publicArea = "花园", description = "长椅松动" });

        service.Clock.Advance(TimeSpan.FromMinutes(6));
        var overdue = await desk.GetFromJsonAsync<PagedResult<RepairOrderResponse>>($"{Orders(estate)}?overdue=true", TestJson.Options);

        var only = Assert.Single(overdue!.Items);
        Assert.Equal(emergency.Id, only.Id);
        Assert.True(only.Overdue);
    }

    [Fact]
    public async Task List_NotOverdue_ReturnsOrdersWithNoUnmetTargetPast()
    {
        var estate = Guid.NewGuid();
        var desk = service.ClientFor(Roles.FrontDesk, estate);
        await OpenAsync(desk, estate);
        var bench = await OpenAsync(desk, estate, new { channel = "Phone", category = "Other", urgency = "Normal", publicArea = "花园", description = "长椅松动" });

        service.Clock.Advance(TimeSpan.FromMinutes(6));
        var notOverdue = await desk.GetFromJsonAsync<PagedResult<RepairOrderResponse>>($"{Orders(estate)}?overdue=false", TestJson.Options);

        var only = Assert.Single(notOverdue!.Items);
        Assert.Equal(bench.Id, only.Id);
        Assert.False(only.Overdue);
        Assert.Equal(1, notOverdue.Total);
    }

    [Fact]
    public async Task List_PagedThroughTheQueue_GivesEmergenciesThenUrgentThenNormalOldestFirstWithoutOverlap()
    {
        var estate = Guid.NewGuid();
        var desk = service.ClientFor(Roles.FrontDesk, estate);
        var normal = await OpenAsync(desk, estate, new { channel = "Phone", category = "Other", urgency = "Normal", publicArea = "花园", description = "长椅松动" });
        var urgent = await OpenAsync(desk, estate, new { channel = "Phone", category = "DoorAndAccess", urgency = "Urgent", publicArea = "1栋单元门", description = "门禁失灵" });
        var firstEmergency = await OpenAsync(desk, estate);
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        var secondEmergency = await OpenAsync(desk, estate);

        var pages = new List<Guid>();
        for (var page = 1; page <= 2; page++)
        {
            var result = await desk.GetFromJsonAsync<PagedResult<RepairOrderResponse>>($"{Orders(estate)}?page={page}&pageSize=2", TestJson.Options);
            pages.AddRange(result!.Items.Select(o => o.Id));
        }

        Assert.Equal([firstEmergency.Id, secondEmergency.Id, urgent.Id, normal.Id], pages);
    }
}
