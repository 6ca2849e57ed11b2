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
        return [.. stream.Query(useHeaderRow: true, sheetName: RepairOrdersWorkbook.SheetName).Cast<IDictionary<string, object>>()];
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
        Assert.Equal(("Elevator", "Normal", "Open", "1栋电梯", "异响"),
            ((string)open[1]["类别"], (string)open[1]["紧急程度"], (string)open[1]["状态"], (string)open[1]["位置"], (string)open[1]["描述"]));
        // Emergencies first, oldest first: the two water emergencies, then the elevator.
        Assert.Equal([first.Id.ToString(), dispatched.Id.ToString(), elevator.Id.ToString()], all.Select(r => (string)r["工单号"]));
        Assert.Equal("王师傅", (string)all[1]["维修人"]);
    }

    [Fact]
    public async Task Export_OfAnEstateWithNoMatchingOrders_IsAWorkbookWithHeadersOnly()
    {
        var bytes = await service.ClientFor(Roles.EstateManager, _estate).GetByteArrayAsync($"{Orders(_estate)}/export?category=Electrical");

        using var stream = new MemoryStream(bytes);
        var headers = stream.GetColumns(useHeaderRow: true, sheetName: RepairOrdersWorkbook.SheetName)!.Cast<string>().ToList();
        Assert.Equal(RepairOrdersWorkbook.Headers, headers);
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
