using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class BillRunTests(BillingService service)
{
    private static readonly PriceTier[] WaterTiers = [new(22m, 2.90m), new(30m, 3.85m), new(null, 6.70m)];
    private readonly FinanceDesk _desk = new(service);

    [Fact]
    public async Task RunBills_ChargesAreaAndTieredConsumption()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2.80m);
        await _desk.ChargeItemAsync("水费", ChargeKind.Water, 2.90m, WaterTiers);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-01", 100m);
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-02", 135m);

        var run = await FinanceDesk.ReadAsync<BillRunResponse>(await _desk.RunBillsAsync("2026-02"), HttpStatusCode.Created);

        var bill = Assert.Single(await _desk.BillsAsync(unit));
        Assert.Equal(280.00m, bill.Lines.Single(l => l.Kind == ChargeKind.ManagementFee).Amount);
        // 22 × 2.90 + 8 × 3.85 + 5 × 6.70
        Assert.Equal(128.10m, bill.Lines.Single(l => l.Kind == ChargeKind.Water).Amount);
        Assert.Equal(408.10m, bill.Amount);
        Assert.Equal(new DateOnly(2026, 3, 15), bill.DueDate);
        Assert.Equal(1, run.BillCount);
        Assert.Equal(408.10m, run.Total);
        Assert.Equal("3栋-1-1502", bill.Unit);
    }

    [Fact]
    public async Task RunBills_TwiceForOnePeriod_CreatesNothingNewAndPublishesOncePerBill()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2.20m);
        await _desk.UnitAsync(number: "101");
        await _desk.UnitAsync(number: "102");
        var first = await FinanceDesk.ReadAsync<BillRunResponse>(await _desk.RunBillsAsync("2026-03"), HttpStatusCode.Created);

        var second = await FinanceDesk.ReadAsync<BillRunResponse>(await _desk.RunBillsAsync("2026-03"), HttpStatusCode.OK);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, await _desk.BillRowsAsync());
        await Eventually.TrueAsync(() => Task.FromResult(service.PublishedOf<BillIssued>().Count(e => e.EstateId == _desk.EstateId) >= 2));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var issued = service.PublishedOf<BillIssued>().Where(e => e.EstateId == _desk.EstateId).ToList();
        Assert.Equal(2, issued.Count);
        Assert.Equal(2, issued.Select(e => e.BillId).Distinct().Count());
    }

    [Fact]
    public async Task RunBills_ConcurrentlyForOnePeriod_BillsEachUnitOnce()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2.20m);
        for (var n = 1; n <= 5; n++)
        {
            await _desk.UnitAsync(number: $"20{n}");
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _desk.RunBillsAsync("2026-04")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        Assert.Equal(5, await _desk.BillRowsAsync());
    }

    [Fact]
    public async Task RunBills_WithMalformedPeriod_Returns400NamingPeriod()
    {
        var errors = await FinanceDesk.ErrorsAsync(await _desk.RunBillsAsync("March"), HttpStatusCode.BadRequest);

        Assert.True(errors.TryGetProperty("period", out _), errors.ToString());
    }

    [Fact]
    public async Task IssuedBill_CannotBeEdited_OnlyAdjustedWithACreditNote()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 3m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2026-05");
        var bill = Assert.Single(await _desk.BillsAsync(unit));

        var edit = await _desk.Client.PutAsJsonAsync($"{_desk.Estate}/bills/{bill.Id}", bill with { Amount = 1m });
        var tooMuch = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/bills/{bill.Id}/adjustments", new AdjustmentRequest(-300.01m, "多收"));
        var credit = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/bills/{bill.Id}/adjustments", new AdjustmentRequest(-50m, "空置减免"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, edit.StatusCode);
        var errors = await FinanceDesk.ErrorsAsync(tooMuch, HttpStatusCode.UnprocessableEntity);
        Assert.True(errors.TryGetProperty("amount", out _), errors.ToString());
        var adjusted = await FinanceDesk.ReadAsync<BillResponse>(credit, HttpStatusCode.Created);
        Assert.Equal(300m, adjusted.Amount);
        Assert.Equal(250m, adjusted.Outstanding);
    }

    [Fact]
    public async Task GetBill_WhenUnknown_Returns404()
    {
        var response = await _desk.Client.GetAsync($"{_desk.Estate}/bills/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
