using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class DunningTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    [Fact]
    public async Task OverdueBill_RaisesBillOverdueOnce()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-01");
        await _desk.RunBillsAsync("2099-01");
        var overdueBill = (await _desk.BillsAsync(unit)).Single(b => b.Period == "2025-01");

        await Eventually.TrueAsync(() => Task.FromResult(service.PublishedOf<BillOverdue>().Any(e => e.BillId == overdueBill.Id)),
            because: "the scan should find the bill due 2025-02-15");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var overdue = Assert.Single(service.PublishedOf<BillOverdue>(), e => e.UnitId == unit);
        Assert.Equal(100m, overdue.AmountOwed);
        Assert.Equal(new DateOnly(2025, 2, 15), overdue.DueDate);
    }

    [Fact]
    public async Task DunningList_ShowsUnitsOwingPastDueByAge_NotThoseWhoPaid()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var owing = await _desk.UnitAsync(buildingArea: 100m, number: "101");
        var paid = await _desk.UnitAsync(buildingArea: 100m, number: "102");
        await _desk.RunBillsAsync("2025-01");
        await _desk.RunBillsAsync("2025-02");
        await _desk.PayAsync(paid, 200m);
        await _desk.PayAsync(owing, 30m);

        var list = await _desk.Client.GetFromJsonAsync<DunningListResponse>($"{_desk.Estate}/dunning", TestJson.Options);
        var longOverdue = await _desk.Client.GetFromJsonAsync<DunningListResponse>(
            $"{_desk.Estate}/dunning?minAge=Over180Days&buildingCode=3栋", TestJson.Options);
        var otherBuilding = await _desk.Client.GetFromJsonAsync<DunningListResponse>($"{_desk.Estate}/dunning?buildingCode=9栋", TestJson.Options);

        var entry = Assert.Single(list!.Units);
        Assert.Equal(owing, entry.UnitId);
        Assert.Equal(2, entry.OverdueBills);
        Assert.Equal(170m, entry.AmountOwed);
        Assert.Equal(DebtAge.Over180Days, entry.Age);
        Assert.Equal(new DunningSummaryRow("3栋", DebtAge.Over180Days, 1, 170m), Assert.Single(list.Summary));
        Assert.Single(longOverdue!.Units);
        Assert.Empty(otherBuilding!.Units);
    }

    [Fact]
    public async Task DunningList_OfAnotherEstate_Returns403()
    {
        var response = await _desk.Client.GetAsync($"/api/billing/estates/{Guid.NewGuid()}/dunning");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
