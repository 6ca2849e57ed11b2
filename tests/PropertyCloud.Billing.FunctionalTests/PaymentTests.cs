using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Payments;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class PaymentTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    /// <summary>A unit billed 100.00 in each of January, February and March.</summary>
    private async Task<Guid> UnitOwingThreeMonthsAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        foreach (var period in new[] { "2026-01", "2026-02", "2026-03" })
        {
            await _desk.RunBillsAsync(period);
        }
        return unit;
    }

    [Fact]
    public async Task Pay_PartOfWhatIsOwed_SettlesTheOldestBillsFirst()
    {
        var unit = await UnitOwingThreeMonthsAsync();

        var payment = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 150m), HttpStatusCode.Created);

        Assert.Equal([("2026-01", 100m), ("2026-02", 50m)], payment.Allocations.Select(a => (a.Period, a.Amount)));
        var bills = (await _desk.BillsAsync(unit)).ToDictionary(b => b.Period);
        Assert.Equal(BillStatus.Paid, bills["2026-01"].Status);
        Assert.Equal(BillStatus.PartlyPaid, bills["2026-02"].Status);
        Assert.Equal(BillStatus.Open, bills["2026-03"].Status);
    }

    [Fact]
    public async Task Pay_SeveralTimesConcurrentlyAfterARefusedPayment_NumbersReceiptsWithoutGaps()
    {
        var unit = await UnitOwingThreeMonthsAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _desk.PayAsync(unit, 1000m)).StatusCode);

        var payments = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _desk.PayAsync(unit, 10m)));

        var numbers = new List<long>();
        foreach (var response in payments)
        {
            numbers.Add((await FinanceDesk.ReadAsync<PaymentResponse>(response, HttpStatusCode.Created)).ReceiptNumber);
        }
        Assert.Equal([1, 2, 3, 4, 5, 6], numbers.Order());
    }

    [Fact]
    public async Task Pay_WhenMoreThanOwed_Returns422NamingAmount()
    {
        var unit = await UnitOwingThreeMonthsAsync();

        var errors = await FinanceDesk.ErrorsAsync(await _desk.PayAsync(unit, 300.01m), HttpStatusCode.UnprocessableEntity);

        Assert.True(errors.TryGetProperty("amount", out _), errors.ToString());
    }

    [Fact]
    public async Task Pay_WithFenFractionOrNoKey_Returns400NamingTheFields()
    {
        var unit = await UnitOwingThreeMonthsAsync();

        var errors = await FinanceDesk.ErrorsAsync(await _desk.PayAsync(unit, 10.005m, key: ""), HttpStatusCode.BadRequest);

        Assert.True(errors.TryGetProperty("amount", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("idempotencyKey", out _), errors.ToString());
    }

    [Fact]
    public async Task Pay_RetriedWithTheSameKey_ReturnsTheSamePaymentAndChargesOnce()
    {
        var unit = await UnitOwingThreeMonthsAsync();
        var provider = (SimulatedPaymentProvider)service.Factory.Services.GetRequiredService<IPaymentProvider>();
        var charges = provider.ChargeCount;

        var first = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 120m, "key-1", PaymentMethod.Online), HttpStatusCode.Created);
        var retry = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 120m, "key-1", PaymentMethod.Online), HttpStatusCode.OK);

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(first.ReceiptNumber, retry.ReceiptNumber);
        Assert.Equal(charges + 1, provider.ChargeCount);
        Assert.Equal(180m, (await _desk.BillsAsync(unit)).Sum(b => b.Outstanding));
    }

    [Fact]
    public async Task Pay_ConcurrentlyWithTheSameKey_PaysOnceAndPublishesOnce()
    {
        var unit = await UnitOwingThreeMonthsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _desk.PayAsync(unit, 30m, "same-key")));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.Content.ReadFromJsonAsync<PaymentResponse>(TestJson.Options))!.Id);
        }
        var paymentId = Assert.Single(ids);
        Assert.Equal(270m, (await _desk.BillsAsync(unit)).Sum(b => b.Outstanding));
        await Eventually.TrueAsync(() => Task.FromResult(service.PublishedOf<PaymentReceived>().Any(e => e.PaymentId == paymentId)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var received = Assert.Single(service.PublishedOf<PaymentReceived>(), e => e.EstateId == _desk.EstateId);
        Assert.Equal(1, received.ReceiptNumber);
        Assert.Equal(30m, Assert.Single(received.BillsCovered).Amount);
    }

    [Fact]
    public async Task Pay_WithAKeyAlreadyUsedForAnotherAmount_Returns409()
    {
        var unit = await UnitOwingThreeMonthsAsync();
        await _desk.PayAsync(unit, 20m, "key-2");

        var response = await _desk.PayAsync(unit, 25m, "key-2");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Refund_ReopensTheNewestBillsFirst()
    {
        var unit = await UnitOwingThreeMonthsAsync();
        var payment = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 250m), HttpStatusCode.Created);

        var refunded = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.Client.PostAsJsonAsync(
            $"{_desk.Estate}/payments/{payment.Id}/refunds", new RefundRequest(60m)), HttpStatusCode.OK);
        var tooMuch = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/payments/{payment.Id}/refunds", new RefundRequest(190.01m));

        Assert.Equal(60m, refunded.RefundedAmount);
        var bills = (await _desk.BillsAsync(unit)).ToDictionary(b => b.Period);
        Assert.Equal(100m, bills["2026-01"].PaidAmount);
        Assert.Equal(90m, bills["2026-02"].PaidAmount);
        Assert.Equal(0m, bills["2026-03"].PaidAmount);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(service.PublishedOf<PaymentRefunded>().Any(e => e.PaymentId == payment.Id)));
    }

    [Fact]
    public async Task Pay_ForUnknownUnit_Returns404()
    {
        var response = await _desk.PayAsync(Guid.NewGuid(), 10m);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pay_AsQualityInspector_Returns403()
    {
        var unit = await UnitOwingThreeMonthsAsync();

        var response = await _desk.ClientAs(BuildingBlocks.Security.Roles.Quality).PostAsJsonAsync(
            $"{_desk.Estate}/units/{unit}/payments", new PaymentRequest("k", PaymentMethod.Cash, 10m));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
