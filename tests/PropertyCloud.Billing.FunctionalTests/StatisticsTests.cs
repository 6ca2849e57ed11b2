using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class StatisticsTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task BillTwoUnitsForTwoMonthsAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var paying = await _desk.UnitAsync(buildingArea: 100m, number: "101");
        var owing = await _desk.UnitAsync(buildingArea: 50m, number: "102");
        await _desk.RunBillsAsync("2025-11");
        await _desk.RunBillsAsync("2025-12");
        await _desk.RunBillsAsync("2026-01");
        await _desk.PayAsync(paying, 150m);
        await _desk.PayAsync(owing, 10m);
    }

    [Fact]
    public async Task EstateStatistics_OfAYear_GiveChargedCollectedAndRateByMonth()
    {
        await BillTwoUnitsForTwoMonthsAsync();

        var stats = await _desk.Client.GetFromJsonAsync<EstateStatisticsResponse>($"{_desk.Estate}/statistics?year=2025", TestJson.Options);

        Assert.Equal(
            [CollectionFigures.Of("2025-11", 2, 150m, 110m), CollectionFigures.Of("2025-12", 2, 150m, 50m)],
            stats!.Months);
        Assert.Equal(CollectionFigures.Of("2025", 4, 300m, 160m), stats.Total);
        Assert.Equal(0.5333m, stats.Total.CollectionRate);
        Assert.Equal(CollectionFigures.Of("3栋", 4, 300m, 160m), Assert.Single(stats.Buildings));
        Assert.Equal(new ChargedByKind(ChargeKind.ManagementFee, 300m), Assert.Single(stats.ChargeKinds));
    }

    [Fact]
    public async Task GroupStatistics_ForGroupAdmin_ListTheEstate_AndForFinance_Return403()
    {
        await BillTwoUnitsForTwoMonthsAsync();

        var group = await service.ClientFor(Roles.GroupAdmin).GetFromJsonAsync<GroupStatisticsResponse>("/api/billing/statistics?year=2026", TestJson.Options);

        Assert.Equal(CollectionFigures.Of(_desk.EstateId.ToString(), 2, 150m, 0m), Assert.Single(group!.Estates, e => e.Label == _desk.EstateId.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await _desk.Client.GetAsync("/api/billing/statistics?year=2026")).StatusCode);
    }

    [Fact]
    public async Task StatisticsExport_IsAWorkbookWithAMonthPerRowAndTheYear()
    {
        await BillTwoUnitsForTwoMonthsAsync();

        var bytes = await _desk.Client.GetByteArrayAsync($"{_desk.Estate}/statistics/export?year=2025");

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["2025-11", "2025-12", "2025"], rows.Select(r => r["账期"]?.ToString()));
        Assert.Equal(160m, Convert.ToDecimal(rows[2]["实收"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EstateStatistics_GiveCollectionsPerChargeItem_AllocatingAPartPaymentProRataToTheLines()
    {
        var fee = await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 3m);
        var space = await _desk.ChargeItemAsync("车位管理费", ChargeKind.OneOff, 100m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        Assert.Equal(HttpStatusCode.Created, (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/units/{unit}/charges",
            new UnitChargeRequest(space.Id, 1m))).StatusCode);
        await _desk.RunBillsAsync("2025-11");
        await _desk.PayAsync(unit, 200m);

        var stats = await _desk.Client.GetFromJsonAsync<EstateStatisticsResponse>($"{_desk.Estate}/statistics?year=2025", TestJson.Options);

        // 300 + 100 charged, 200 paid: half of each line.
        var items = stats!.ChargeItems.ToDictionary(i => i.ChargeItemId!.Value, i => (i.Name, i.Figures.Charged, i.Figures.Collected));
        Assert.Equal(("物业管理费", 300m, 150m), items[fee.Id]);
        Assert.Equal(("车位管理费", 100m, 50m), items[space.Id]);
        Assert.Equal(stats.Total.Collected, stats.ChargeItems.Sum(i => i.Figures.Collected));
    }
}
