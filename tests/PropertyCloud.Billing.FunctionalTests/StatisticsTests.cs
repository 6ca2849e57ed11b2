using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
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
    public async Task EstateStatistics_OfOneMonth_GiveThatMonthByBuildingAndChargeItemOnly()
    {
        await BillTwoUnitsForTwoMonthsAsync();

        var stats = await _desk.Client.GetFromJsonAsync<EstateStatisticsResponse>($"{_desk.Estate}/statistics?year=2025&month=12", TestJson.Options);

        // December: 100 + 50 charged; the 150 and 10 paid went to November's bills first (oldest first), 40 of the 150 to December.
        Assert.Equal(12, stats!.Month);
        Assert.Equal([CollectionFigures.Of("2025-12", 2, 150m, 50m)], stats.Months);
        Assert.Equal(CollectionFigures.Of("2025-12", 2, 150m, 50m), stats.Total);
        Assert.Equal(CollectionFigures.Of("3栋", 2, 150m, 50m), Assert.Single(stats.Buildings));
        var item = Assert.Single(stats.ChargeItems);
        Assert.Equal((2, 150m, 50m), (item.Figures.Bills, item.Figures.Charged, item.Figures.Collected));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    public async Task EstateStatistics_ForAMonthThatDoesNotExist_Are422NamingMonth(string month)
    {
        var response = await _desk.Client.GetAsync($"{_desk.Estate}/statistics?year=2025&month={month}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("month", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    [Fact]
    public async Task EstateStatistics_PerChargeItem_GiveTheLeftOverFenToTheLargestRemainders_AsComputedByHand()
    {
        var fee = await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var cleaning = await _desk.ChargeItemAsync("装修垃圾清运费", ChargeKind.OneOff, 70m);
        var card = await _desk.ChargeItemAsync("门禁卡工本费", ChargeKind.OneOff, 30m);
        var part = await _desk.UnitAsync(buildingArea: 100m, number: "101");
        var whole = await _desk.UnitAsync(buildingArea: 80m, number: "102");
        foreach (var item in new[] { cleaning, card })
        {
            Assert.Equal(HttpStatusCode.Created, (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/units/{part}/charges",
                new UnitChargeRequest(item.Id, 1m))).StatusCode);
        }
        await _desk.RunBillsAsync("2025-11");
        var bill = Assert.Single(await _desk.BillsAsync(part));
        Assert.Equal(HttpStatusCode.Created, (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/bills/{bill.Id}/adjustments",
            new AdjustmentRequest(20m, "补收"))).StatusCode);
        await _desk.PayAsync(part, 99.99m);
        await _desk.PayAsync(whole, 80m);

        var stats = await _desk.Client.GetFromJsonAsync<EstateStatisticsResponse>($"{_desk.Estate}/statistics?year=2025", TestJson.Options);

        // Unit 101: lines 100 + 70 + 30 (+20 adjustment), 99.99 paid. Exact shares 49.995, 34.9965, 14.9985 floor to
        // 49.99 + 34.99 + 14.99 = 99.97; the 2 fen left go to the largest remainders (0.0085 card, 0.0065 cleaning).
        // Unit 102: 80.00 charged and paid.
        var items = stats!.ChargeItems.ToDictionary(i => i.ChargeItemId?.ToString() ?? i.Part.ToString(),
            i => (i.Figures.Bills, i.Figures.Charged, i.Figures.Collected));
        Assert.Equal((2, 180.00m, 129.99m), items[fee.Id.ToString()]);
        Assert.Equal((1, 70.00m, 35.00m), items[cleaning.Id.ToString()]);
        Assert.Equal((1, 30.00m, 15.00m), items[card.Id.ToString()]);
        Assert.Equal((1, 20.00m, 0m), items[nameof(CollectionPart.Adjustments)]);
        Assert.Equal(4, items.Count);
        Assert.Equal(179.99m, stats.Total.Collected);
        Assert.Equal(stats.Total.Charged, stats.ChargeItems.Sum(i => i.Figures.Charged));
    }

    [Fact]
    public async Task EstateStatistics_PerChargeItem_EqualTheInMemorySplitOfEveryBill()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2.37m);
        var cleaning = await _desk.ChargeItemAsync("装修垃圾清运费", ChargeKind.OneOff, 33.33m);
        var units = new List<Guid>();
        foreach (var (area, number) in new[] { (88.12m, "201"), (120.50m, "202"), (64.07m, "203") })
        {
            units.Add(await _desk.UnitAsync(buildingArea: area, number: number));
        }
        Assert.Equal(HttpStatusCode.Created, (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/units/{units[0]}/charges",
            new UnitChargeRequest(cleaning.Id, 3m))).StatusCode);
        await _desk.RunBillsAsync("2025-03");
        await _desk.RunBillsAsync("2025-04");
        var credited = (await _desk.BillsAsync(units[1])).First(b => b.Period == "2025-04");
        Assert.Equal(HttpStatusCode.Created, (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/bills/{credited.Id}/adjustments",
            new AdjustmentRequest(-17.89m, "面积更正"))).StatusCode);
        await _desk.PayAsync(units[0], 151.11m);
        await _desk.PayAsync(units[1], 300m);
        await _desk.PayAsync(units[2], 0.07m);

        var stats = await _desk.Client.GetFromJsonAsync<EstateStatisticsResponse>($"{_desk.Estate}/statistics?year=2025", TestJson.Options);
        var bills = await _desk.InDbAsync(db => db.Bills.Include(b => b.Lines).Where(b => b.EstateId == _desk.EstateId).ToListAsync());

        var expected = bills.SelectMany(Collections.Split).GroupBy(p => (p.Part, p.ChargeItemId))
            .Select(g => (g.Key.Part, g.Key.ChargeItemId, g.Sum(p => p.Charged), g.Sum(p => p.Collected)))
            .OrderBy(e => e.Part).ThenBy(e => e.ChargeItemId).ToList();
        Assert.Equal(expected, stats!.ChargeItems.Select(i => (i.Part, i.ChargeItemId, i.Figures.Charged, i.Figures.Collected))
            .OrderBy(e => e.Part).ThenBy(e => e.ChargeItemId));
        Assert.Equal(3, expected.Count);
    }
}
