using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>The bill list's XLSX export: the list's filters and order, capped (4 rows in these tests' settings).</summary>
[Collection(BillingCollection.Name)]
public sealed class BillExportTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task<Guid> UnitInBuildingAsync(string buildingCode, decimal area, string number)
    {
        var unit = BillingService.NewUnit(_desk.EstateId, area, number) with { BuildingCode = buildingCode };
        await service.PublishAsync(unit);
        await Eventually.TrueAsync(async () =>
            (await _desk.Client.GetFromJsonAsync<PagedResult<BillableUnitResponse>>($"{_desk.Estate}/units?pageSize=500", TestJson.Options))!
                .Items.Any(u => u.Id == unit.UnitId), because: "billing should have consumed UnitRegistered");
        return unit.UnitId;
    }

    /// <summary>3栋-1-101 (100 m²) pays May in full, 3栋-1-102 (50 m²) pays 10 of May, 5栋-1-201 (80 m²) pays nothing; May and June billed.</summary>
    private async Task BillThreeUnitsForTwoMonthsAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var paid = await UnitInBuildingAsync("3栋", 100m, "101");
        var part = await UnitInBuildingAsync("3栋", 50m, "102");
        await UnitInBuildingAsync("5栋", 80m, "201");
        await _desk.RunBillsAsync("2025-05");
        await _desk.RunBillsAsync("2025-06");
        await _desk.PayAsync(paid, 100m);
        await _desk.PayAsync(part, 10m);
    }

    private async Task<List<IDictionary<string, object>>> ExportAsync(string query)
    {
        var response = await _desk.Client.GetAsync($"{_desk.Estate}/bills/export?{query}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }

    private async Task<IReadOnlyList<BillResponse>> ListAsync(string query) =>
        (await _desk.Client.GetFromJsonAsync<PagedResult<BillResponse>>($"{_desk.Estate}/bills?pageSize=500&{query}", TestJson.Options))!.Items;

    private static decimal Money(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task ExportBills_WithTheListsFilters_HoldsTheListsBillsInItsOrder()
    {
        await BillThreeUnitsForTwoMonthsAsync();

        foreach (var query in new[] { "period=2025-05&buildingCode=3栋", "status=Open", "status=PartlyPaid", "buildingCode=5栋&status=Open" })
        {
            var rows = await ExportAsync(query);
            var list = await ListAsync(query);

            Assert.NotEmpty(list);
            Assert.Equal(list.Select(b => (b.Period, b.Unit, b.Outstanding)),
                rows.Select(r => (r["账期"].ToString()!, r["房屋"].ToString(), Money(r["欠缴"]))));
        }
        Assert.Equal(["2025-05"], (await ListAsync("status=PartlyPaid")).Select(b => b.Period));
        Assert.Equal(4, (await ListAsync("status=Open")).Count);
    }

    [Fact]
    public async Task ExportBills_OfMay_ShowsAmountsPaymentsAndStatusInChinese()
    {
        await BillThreeUnitsForTwoMonthsAsync();

        var rows = (await ExportAsync("period=2025-05")).ToDictionary(r => r["房屋"].ToString()!);

        Assert.Equal(["3栋-1-101", "3栋-1-102", "5栋-1-201"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((100m, 100m, 0m, "已缴"), (Money(rows["3栋-1-101"]["应缴"]), Money(rows["3栋-1-101"]["已缴"]), Money(rows["3栋-1-101"]["欠缴"]), rows["3栋-1-101"]["状态"]));
        Assert.Equal((50m, 10m, 40m, "部分已缴"), (Money(rows["3栋-1-102"]["应缴"]), Money(rows["3栋-1-102"]["已缴"]), Money(rows["3栋-1-102"]["欠缴"]), rows["3栋-1-102"]["状态"]));
        Assert.Equal(("未缴", "2025-06-15"), (rows["5栋-1-201"]["状态"], rows["5栋-1-201"]["缴费截止日"]?.ToString()));
    }

    [Fact]
    public async Task ExportBills_OfMoreBillsThanTheCap_Returns422SayingHowToNarrowIt()
    {
        await BillThreeUnitsForTwoMonthsAsync();

        var response = await _desk.Client.GetAsync($"{_desk.Estate}/bills/export");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {body}");
        Assert.Contains("6", body);
        Assert.Contains("bill_export.too_many_rows", body);
    }

    [Fact]
    public async Task ExportBills_OfAnotherEstate_Returns403()
    {
        var other = new FinanceDesk(service);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"{_desk.Estate}/bills/export")).StatusCode);
    }

    [Fact]
    public async Task ListBillRuns_IsPagedLatestPeriodFirst()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        await _desk.UnitAsync();
        foreach (var period in new[] { "2025-07", "2025-09", "2025-08" })
        {
            Assert.Equal(HttpStatusCode.Created, (await _desk.RunBillsAsync(period)).StatusCode);
        }

        var first = await _desk.Client.GetFromJsonAsync<PagedResult<BillRunResponse>>($"{_desk.Estate}/bill-runs?page=1&pageSize=2", TestJson.Options);
        var second = await _desk.Client.GetFromJsonAsync<PagedResult<BillRunResponse>>($"{_desk.Estate}/bill-runs?page=2&pageSize=2", TestJson.Options);

        Assert.Equal(("2025-09,2025-08", 1, 2, 3L), (string.Join(',', first!.Items.Select(r => r.Period)), first.Page, first.PageSize, first.Total));
        Assert.Equal(("2025-07", 2, 3L), (string.Join(',', second!.Items.Select(r => r.Period)), second.Page, second.Total));
    }

    [Fact]
    public async Task ListBills_PagedTwoAtATime_GivesEveryBillOnceWithItsLinesAndUnitInTheListsOrder()
    {
        await BillThreeUnitsForTwoMonthsAsync();
        var whole = await ListAsync("");

        var paged = new List<BillResponse>();
        for (var page = 1; page <= 4; page++)
        {
            var result = await _desk.Client.GetFromJsonAsync<PagedResult<BillResponse>>($"{_desk.Estate}/bills?page={page}&pageSize=2", TestJson.Options);
            Assert.Equal(6L, result!.Total);
            paged.AddRange(result.Items);
        }

        Assert.Equal(6, whole.Count);
        Assert.Equal(whole.Select(b => b.Id), paged.Select(b => b.Id));
        Assert.All(paged, b => Assert.Equal(ChargeKind.ManagementFee, Assert.Single(b.Lines).Kind));
        Assert.All(paged, b => Assert.Matches(@"^[35]栋-1-\d{3}$", b.Unit));
    }
}
