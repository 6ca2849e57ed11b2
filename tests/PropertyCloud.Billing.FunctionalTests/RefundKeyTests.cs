using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class RefundKeyTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task<PaymentResponse> PaidAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2026-01");
        return await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 100m), HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> RefundAsync(Guid paymentId, decimal amount, string key) =>
        _desk.Client.PostAsJsonAsync($"{_desk.Estate}/payments/{paymentId}/refunds", new RefundRequest(amount, key));

    [Fact]
    public async Task Refund_RetriedConcurrentlyWithTheSameKey_PaysBackOnce()
    {
        var payment = await PaidAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RefundAsync(payment.Id, 30m, "refund-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.Client.GetAsync($"{_desk.Estate}/payments/{payment.Id}"), HttpStatusCode.OK);
        Assert.Equal(30m, after.RefundedAmount);
        Assert.Equal(70m, Assert.Single(await _desk.BillsAsync(payment.UnitId)).PaidAmount);
    }

    [Fact]
    public async Task Refund_WithAKeyUsedForAnotherAmount_Returns409()
    {
        var payment = await PaidAsync();
        await RefundAsync(payment.Id, 30m, "refund-2");

        Assert.Equal(HttpStatusCode.Conflict, (await RefundAsync(payment.Id, 40m, "refund-2")).StatusCode);
    }
}
