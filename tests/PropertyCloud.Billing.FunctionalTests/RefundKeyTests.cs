using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class RefundKeyTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task<PaymentResponse[]> PaidAsync(int units = 1)
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unitIds = new List<Guid>();
        for (var i = 0; i < units; i++)
        {
            unitIds.Add(await _desk.UnitAsync(buildingArea: 100m, number: $"{101 + i}"));
        }
        await _desk.RunBillsAsync("2026-01");
        var payments = new List<PaymentResponse>();
        foreach (var unit in unitIds)
        {
            payments.Add(await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.PayAsync(unit, 100m), HttpStatusCode.Created));
        }
        return [.. payments];
    }

    private Task<HttpResponseMessage> RefundAsync(Guid paymentId, decimal amount, string key) =>
        _desk.Client.PostAsJsonAsync($"{_desk.Estate}/payments/{paymentId}/refunds", new RefundRequest(amount, key));

    private Task<PaymentResponse> PaymentAsync(Guid paymentId) =>
        _desk.Client.GetAsync($"{_desk.Estate}/payments/{paymentId}").ContinueWith(r => FinanceDesk.ReadAsync<PaymentResponse>(r.Result, HttpStatusCode.OK)).Unwrap();

    [Fact]
    public async Task Refund_RetriedConcurrentlyWithTheSameKey_PaysBackOnce()
    {
        var payment = (await PaidAsync())[0];

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RefundAsync(payment.Id, 30m, "refund-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(30m, (await PaymentAsync(payment.Id)).RefundedAmount);
        Assert.Equal(70m, Assert.Single(await _desk.BillsAsync(payment.UnitId)).PaidAmount);
    }

    [Fact]
    public async Task Refund_OfTwoPaymentsConcurrentlyWithOneKey_RefundsOneAndAnswers409ForTheOther_Never500()
    {
        var (first, second) = await PaidAsync(2) switch { var p => (p[0], p[1]) };

        for (var round = 0; round < 8; round++)
        {
            var key = $"shared-{round}";
            var responses = await Task.WhenAll(
                RefundAsync(first.Id, 1m, key), RefundAsync(second.Id, 1m, key), RefundAsync(first.Id, 1m, key), RefundAsync(second.Id, 1m, key));

            var answers = await Task.WhenAll(responses.Select(async r => (r.StatusCode, Body: await r.Content.ReadAsStringAsync())));
            var report = string.Join("\n", answers.Select(a => $"{a.StatusCode}: {a.Body}"));
            Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK
                || (a.StatusCode == HttpStatusCode.Conflict && a.Body.Contains("refund.idempotency_key_reused", StringComparison.Ordinal)), report));
            Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        }
        Assert.Equal(8m, (await PaymentAsync(first.Id)).RefundedAmount + (await PaymentAsync(second.Id)).RefundedAmount);
    }

    [Fact]
    public async Task Refund_WithAKeyUsedForAnotherAmount_Returns409()
    {
        var payment = (await PaidAsync())[0];
        await RefundAsync(payment.Id, 30m, "refund-2");

        Assert.Equal(HttpStatusCode.Conflict, (await RefundAsync(payment.Id, 40m, "refund-2")).StatusCode);
    }
}
