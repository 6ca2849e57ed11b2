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
public sealed class MaterialStockTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Materials => $"/api/repairs/estates/{_estate}/materials";

    private async Task<MaterialResponse> StockedAsync(HttpClient client, decimal quantity, decimal unitPrice, decimal lowStockThreshold = 0)
    {
        var registered = await client.PostAsJsonAsync(Materials,
            new { code = $"M{Guid.NewGuid():N}"[..10], name = "三通阀门", unitOfMeasure = "个", lowStockThreshold });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var material = (await registered.Content.ReadFromJsonAsync<MaterialResponse>(TestJson.Options))!;
        var stocked = await client.PostAsJsonAsync($"{Materials}/{material.Id}/stock-in", new { quantity, unitPrice });
        Assert.Equal(HttpStatusCode.OK, stocked.StatusCode);
        return (await stocked.Content.ReadFromJsonAsync<MaterialResponse>(TestJson.Options))!;
    }

    [Fact]
    public async Task Complete_WithMaterialFromStock_TakesItOutAtAverageCostAndWarnsWhenLow()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var material = await StockedAsync(worker.Client, quantity: 10, unitPrice: 3, lowStockThreshold: 7);
        var order = await AcceptedByAsync(desk, worker, _estate);
        await StepOkAsync(worker.Client, _estate, order.Id, "on-site");

        var completed = await StepOkAsync(worker.Client, _estate, order.Id, "complete", new
        {
            workNotes = "更换阀门", labourMinutes = 30, materials = new[] { new { materialId = material.Id, quantity = 4m } },
        });

        var used = Assert.Single(completed.Materials);
        Assert.Equal((material.Id, 3m, 12m), (used.MaterialId!.Value, used.UnitPrice, completed.MaterialsValue));
        var stock = await worker.Client.GetFromJsonAsync<List<MaterialResponse>>(Materials, TestJson.Options);
        Assert.Equal((6m, 18m, true), (stock!.Single(m => m.Id == material.Id).Quantity, stock!.Single(m => m.Id == material.Id).Value, stock!.Single(m => m.Id == material.Id).IsLow));
        var low = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<StockLow>(e => e.MaterialId == material.Id)));
        Assert.Equal(6m, low.Quantity);
    }

    [Fact]
    public async Task StockOut_MoreThanHeld_Returns422AndChangesNothing()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var material = await StockedAsync(manager, quantity: 2, unitPrice: 5);

        var response = await manager.PostAsJsonAsync($"{Materials}/{material.Id}/stock-out", new { quantity = 3m, purpose = "公共区域维修" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("stock.insufficient", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stock = await manager.GetFromJsonAsync<List<MaterialResponse>>(Materials, TestJson.Options);
        Assert.Equal(2m, stock!.Single(m => m.Id == material.Id).Quantity);
    }

    [Fact]
    public async Task StockOut_ConcurrentlyForTheLastItems_NeverGoesNegative()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var material = await StockedAsync(manager, quantity: 3, unitPrice: 5);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            service.ClientFor(Roles.Maintenance, _estate).PostAsJsonAsync($"{Materials}/{material.Id}/stock-out", new { quantity = 1m, purpose = "维修" })));

        var stock = await manager.GetFromJsonAsync<List<MaterialResponse>>(Materials, TestJson.Options);
        var left = stock!.Single(m => m.Id == material.Id).Quantity;
        var taken = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.True(left >= 0);
        Assert.Equal(3m - taken, left);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK),
            a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity }));
    }

    [Fact]
    public async Task Report_ForThisYear_ShowsStockValueInOutAndClosing()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var material = await StockedAsync(manager, quantity: 10, unitPrice: 3);
        await manager.PostAsJsonAsync($"{Materials}/{material.Id}/stock-out", new { quantity = 4m, purpose = "维修" });

        var report = await manager.GetFromJsonAsync<StockReport>($"{Materials}/report", TestJson.Options);

        Assert.Equal((30m, 12m, 18m), (report!.InValue, report.OutValue, report.ClosingValue));
        Assert.Equal(12, report.Months.Count);
    }

    [Fact]
    public async Task Stocktake_WithShortfall_RecordsTheDifferenceInTheReportAndWarnsWhenLow()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var material = await StockedAsync(manager, quantity: 10, unitPrice: 2, lowStockThreshold: 8);

        var counted = await manager.PostAsJsonAsync($"{Materials}/{material.Id}/stocktake", new { countedQuantity = 7m, note = "月度盘点，少3个" });

        var after = (await counted.Content.ReadFromJsonAsync<MaterialResponse>(TestJson.Options))!;
        Assert.Equal((7m, 14m), (after.Quantity, after.Value));
        var report = await manager.GetFromJsonAsync<StockReport>($"{Materials}/report", TestJson.Options);
        Assert.Equal(-6m, report!.StocktakeDifference);
        await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<StockLow>(e => e.MaterialId == material.Id)));
    }

    [Fact]
    public async Task StockIn_ByFrontDeskOrForUnknownMaterialOrWithZeroQuantity_IsRefused()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var material = await StockedAsync(manager, quantity: 1, unitPrice: 1);

        var byDesk = await service.ClientFor(Roles.FrontDesk, _estate).PostAsJsonAsync($"{Materials}/{material.Id}/stock-in", new { quantity = 1m, unitPrice = 1m });
        var unknown = await manager.PostAsJsonAsync($"{Materials}/{Guid.NewGuid()}/stock-in", new { quantity = 1m, unitPrice = 1m });
        var zero = await manager.PostAsJsonAsync($"{Materials}/{material.Id}/stock-in", new { quantity = 0m, unitPrice = 1m });
        var otherEstate = await service.ClientFor(Roles.EstateManager, Guid.NewGuid()).PostAsJsonAsync($"{Materials}/{material.Id}/stock-in", new { quantity = 1m, unitPrice = 1m });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden),
            (byDesk.StatusCode, unknown.StatusCode, zero.StatusCode, otherEstate.StatusCode));
    }
}
