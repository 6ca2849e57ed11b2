using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class StockReturnTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Materials => $"/api/repairs/estates/{_estate}/materials";

    [Fact]
    public async Task Return_FromARepairOrder_ComesBackAtTheCostItLeftWithAndNoMoreThanTaken()
    {
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await OpenAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate);
        var registered = await worker.Client.PostAsJsonAsync(Materials,
            new { code = $"M{Guid.NewGuid():N}"[..10], name = "PPR管", unitOfMeasure = "米", lowStockThreshold = 0 });
        var material = (await registered.Content.ReadFromJsonAsync<MaterialResponse>(TestJson.Options))!;
        Assert.Equal(HttpStatusCode.OK, (await worker.Client.PostAsJsonAsync($"{Materials}/{material.Id}/stock-in", new { quantity = 10m, unitPrice = 3m })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Client.PostAsJsonAsync($"{Materials}/{material.Id}/stock-out",
            new { quantity = 4m, repairOrderId = order.Id, purpose = "维修领料" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Client.PostAsJsonAsync($"{Materials}/{material.Id}/stock-in", new { quantity = 10m, unitPrice = 6m })).StatusCode);

        var returned = await worker.Client.PostAsJsonAsync($"{Materials}/{material.Id}/return", new { quantity = 3m, repairOrderId = order.Id, reason = "未用完" });
        var tooMuch = await worker.Client.PostAsJsonAsync($"{Materials}/{material.Id}/return", new { quantity = 2m, repairOrderId = order.Id, reason = "未用完" });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var after = (await returned.Content.ReadFromJsonAsync<MaterialResponse>(TestJson.Options))!;
        Assert.Equal((19m, 18m + 60m + 9m), (after.Quantity, after.Value));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("stock.return_exceeds_issued", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_WithoutReason_Returns400()
    {
        var response = await service.ClientFor(Roles.Maintenance, _estate)
            .PostAsJsonAsync($"{Materials}/{Guid.NewGuid()}/return", new { quantity = 1m, reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
