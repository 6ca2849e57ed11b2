using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Residents.Contracts;
using UglyToad.PdfPig;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class PrintablesTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task<(Guid Unit, PaymentResponse Payment)> PaidUnitAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m, number: "1502");
        await _desk.RunBillsAsync("2025-01");
        await _desk.RunBillsAsync("2025-02");
        var payment = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 130m), HttpStatusCode.Created);
        return (unit, payment);
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    [Fact]
    public async Task Receipt_OfAPayment_IsAPrintablePageWithItsNumberAndAllocations()
    {
        var (_, payment) = await PaidUnitAsync();

        var html = await HtmlAsync(await _desk.Client.GetAsync($"{_desk.Estate}/payments/{payment.Id}/receipt"));

        Assert.Contains($"{payment.ReceiptNumber:D8}", html);
        Assert.Contains("130.00", html);
        Assert.Contains("2025-02", html);
        Assert.Contains("3栋1单元1502", html);
    }

    [Fact]
    public async Task MyReceipt_OfTheOwnersUnit_PrintsAndOfAnotherUnit_Returns404()
    {
        var (unit, payment) = await PaidUnitAsync();
        var owner = new ResidentDesk(service, _desk);
        var stranger = new ResidentDesk(service, _desk);
        await owner.LinkAccountAsync();
        await owner.ApplyAsync(new OwnerRegistered
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, OwnerId = owner.PartyId,
            UnitIds = [unit], OwnedSince = null,
        }, units => units.Count == 1);

        Assert.Contains("收 据", await HtmlAsync(await owner.Client.GetAsync($"{owner.Me}/payments/{payment.Id}/receipt")));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{stranger.Me}/payments/{payment.Id}/receipt")).StatusCode);
    }

    [Fact]
    public async Task DunningNotice_Printed_ShowsTheStepAndWhatWasOwed()
    {
        await PaidUnitAsync();
        var notices = await FinanceDesk.ReadAsync<List<DunningNoticeResponse>>(
            await _desk.Client.PostAsync($"{_desk.Estate}/dunning/notices", null), HttpStatusCode.OK);

        var html = await HtmlAsync(await _desk.Client.GetAsync($"{_desk.Estate}/dunning/notices/{Assert.Single(notices).Id}/print"));

        Assert.Contains("最后催告函", html);
        Assert.Contains("70.00", html);
    }

    [Fact]
    public async Task DunningExport_IsAWorkbookWithOneRowPerUnitInArrears()
    {
        await PaidUnitAsync();

        var response = await _desk.Client.GetAsync($"{_desk.Estate}/dunning/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal("1502", row["房号"]?.ToString());
        Assert.Equal(70m, Convert.ToDecimal(row["欠费金额"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(bytes);
        return string.Concat(document.GetPages().Select(page => page.Text));
    }

    [Fact]
    public async Task DunningNotice_AsPdf_CarriesTheChineseHeadingAndTheAmountOwed()
    {
        await PaidUnitAsync();
        var notices = await FinanceDesk.ReadAsync<List<DunningNoticeResponse>>(
            await _desk.Client.PostAsync($"{_desk.Estate}/dunning/notices", null), HttpStatusCode.OK);

        var text = await PdfTextAsync(await _desk.Client.GetAsync($"{_desk.Estate}/dunning/notices/{Assert.Single(notices).Id}/print?format=pdf"));

        Assert.Contains("最后催告函", text);
        Assert.Contains("70.00", text);
    }

    [Fact]
    public async Task MyReceipt_AsPdf_DownloadsWithItsNumberAndAmount()
    {
        var (unit, payment) = await PaidUnitAsync();
        var owner = new ResidentDesk(service, _desk);
        await owner.LinkAccountAsync();
        await owner.ApplyAsync(new OwnerRegistered
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, OwnerId = owner.PartyId,
            UnitIds = [unit], OwnedSince = null,
        }, units => units.Count == 1);

        var text = await PdfTextAsync(await owner.Client.GetAsync($"{owner.Me}/payments/{payment.Id}/receipt?format=pdf"));

        Assert.Contains($"{payment.ReceiptNumber:D8}", text);
        Assert.Contains("130.00", text);
    }

    [Fact]
    public async Task NoticesExport_IsAWorkbookWithOneRowPerRecordedNotice()
    {
        await PaidUnitAsync();
        await _desk.Client.PostAsync($"{_desk.Estate}/dunning/notices", null);

        var response = await _desk.Client.GetAsync($"{_desk.Estate}/dunning/notices/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal(("1502", "最后催告"), (row["房号"]?.ToString(), row["催费步骤"]?.ToString()));
        Assert.Equal(70m, Convert.ToDecimal(row["欠费金额"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
