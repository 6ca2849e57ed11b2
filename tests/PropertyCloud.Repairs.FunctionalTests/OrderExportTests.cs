using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Exports;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class OrderExportTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private static object Elevator => new { channel = "Visit", category = "Elevator", urgency = "Normal", publicArea = "1栋电梯", description = "异响" };

    private static List<IDictionary<string, object>> Rows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true, sheetName: "报修工单").Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public async Task Export_WithTheListsFilters_HoldsExactlyTheMatchingOrdersInQueueOrder()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var first = await OpenAsync(desk, _estate);
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        var elevator = await OpenAsync(desk, _estate, Elevator);
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        var dispatched = await OpenAsync(desk, _estate);
        await StepOkAsync(desk, _estate, dispatched.Id, "dispatch", new { assigneeId = "w1", assigneeName = "王师傅" });

        var response = await desk.GetAsync($"{Orders(_estate)}/export?status=Open");
        var all = Rows(await desk.GetByteArrayAsync($"{Orders(_estate)}/export"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RepairOrdersWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        var open = Rows(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([first.Id.ToString(), elevator.Id.ToString()], open.Select(r => (string)r["工单号"]));
        Assert.Equal(("来访", "电梯", "一般", "待派工", "否", "1栋电梯", "异响"),
            ((string)open[1]["渠道"], (string)open[1]["类别"], (string)open[1]["紧急程度"], (string)open[1]["状态"], (string)open[1]["超时"],
                (string)open[1]["位置"], (string)open[1]["描述"]));
        // Emergencies first, oldest first: the two water emergencies, then the elevator.
        Assert.Equal([first.Id.ToString(), dispatched.Id.ToString(), elevator.Id.ToString()], all.Select(r => (string)r["工单号"]));
        Assert.Equal(("王师傅", "已派工"), ((string)all[1]["维修人"], (string)all[1]["状态"]));
    }

    [Fact]
    public async Task Export_AskedInEnglish_NamesItsSheetColumnsAndValuesInEnglish()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        await OpenAsync(desk, _estate, Elevator);
        desk.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var bytes = await desk.GetByteArrayAsync($"{Orders(_estate)}/export");

        using var stream = new MemoryStream(bytes);
        Assert.Equal("Repair orders", stream.GetSheetNames().Single());
        var columns = stream.GetColumns(useHeaderRow: true)!.Cast<string>().ToList();
        Assert.Equal(["Order", "Reported at", "Channel", "Category", "Urgency", "Status", "Overdue", "Location"], columns.Take(8));
        var row = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Single();
        Assert.Equal(("Visit", "Elevator", "Normal", "Open", "No"),
            ((string)row["Channel"], (string)row["Category"], (string)row["Urgency"], (string)row["Status"], (string)row["Overdue"]));
    }

    [Fact]
    public async Task Export_OfAnEstateWithNoMatchingOrders_IsAWorkbookWithHeadersOnly()
    {
        var bytes = await service.ClientFor(Roles.EstateManager, _estate).GetByteArrayAsync($"{Orders(_estate)}/export?category=Electrical");

        using var stream = new MemoryStream(bytes);
        var headers = stream.GetColumns(useHeaderRow: true, sheetName: "报修工单")!.Cast<string>().ToList();
        Assert.Equal(["工单号", "报修时间", "渠道", "类别", "紧急程度", "状态", "超时", "位置", "描述", "报修人", "维修人", "班组", "派工时间", "接单时间",
            "到场时间", "完工时间", "关闭时间", "工时（分钟）", "收费（元）", "满意度"], headers);
        Assert.DoesNotContain(Rows(bytes), row => row.Values.Any(value => value is not null));
    }

    [Fact]
    public async Task Export_OfMoreOrdersThanTheCap_Is422InsteadOfACutList()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        await OpenAsync(desk, _estate);
        await OpenAsync(desk, _estate);
        await OpenAsync(desk, _estate, Elevator);
        await using var capped = service.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<RepairOrderExportOptions>(options => options.MaxRows = 2)));
        var client = capped.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.FrontDesk, _estate));

        var tooMany = await client.GetAsync($"{Orders(_estate)}/export");
        var narrowed = await client.GetAsync($"{Orders(_estate)}/export?category=Elevator");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("order_export.too_many_rows", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
    }

    [Fact]
    public async Task Export_OfAnotherEstate_IsForbidden()
    {
        var response = await service.ClientFor(Roles.FrontDesk, Guid.NewGuid()).GetAsync($"{Orders(_estate)}/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_WithAnUnknownStatus_Is400()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate).GetAsync($"{Orders(_estate)}/export?status=Lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
