using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class UnitChargeTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private Task<HttpResponseMessage> AssignAsync(Guid unitId, Guid itemId, decimal quantity) =>
        _desk.Client.PostAsJsonAsync($"{_desk.Estate}/units/{unitId}/charges", new UnitChargeRequest(itemId, quantity));

    [Fact]
    public async Task BillRuns_ChargeParkingEveryMonthPerSpace_AndAOneOffFeeOnce()
    {
        var parking = await _desk.ChargeItemAsync("地下车位管理费", ChargeKind.Parking, 150m);
        var keyCard = await _desk.ChargeItemAsync("补办门禁卡", ChargeKind.OneOff, 35m);
        var unit = await _desk.UnitAsync();
        Assert.Equal(HttpStatusCode.Created, (await AssignAsync(unit, parking.Id, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await AssignAsync(unit, keyCard.Id, 1)).StatusCode);

        await _desk.RunBillsAsync("2026-06");
        await _desk.RunBillsAsync("2026-07");

        var bills = (await _desk.BillsAsync(unit)).ToDictionary(b => b.Period);
        Assert.Equal(335m, bills["2026-06"].Amount);
        Assert.Equal(300m, bills["2026-07"].Amount);
        Assert.Equal(2m, Assert.Single(bills["2026-07"].Lines).Quantity);
    }

    [Fact]
    public async Task AssignCharge_WithAManagementFeeItem_Returns422NamingTheItem()
    {
        var fee = await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2m);
        var unit = await _desk.UnitAsync();

        var errors = await FinanceDesk.ErrorsAsync(await AssignAsync(unit, fee.Id, 1), HttpStatusCode.UnprocessableEntity);

        Assert.True(errors.TryGetProperty("chargeItemId", out _), errors.ToString());
    }

    [Fact]
    public async Task AssignCharge_WithUnknownItem_Returns404()
    {
        var unit = await _desk.UnitAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await AssignAsync(unit, Guid.NewGuid(), 1)).StatusCode);
    }
}
