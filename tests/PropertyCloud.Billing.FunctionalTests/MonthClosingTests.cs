using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class MonthClosingTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private Task<HttpResponseMessage> CloseAsync(string period) =>
        _desk.Client.PostAsJsonAsync($"{_desk.Estate}/closed-periods", new PeriodRequest(period));

    [Fact]
    public async Task ClosePeriod_LocksItAgainstBillRunsReadingsAndAdjustments()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-03");
        var bill = Assert.Single(await _desk.BillsAsync(unit));

        Assert.Equal(HttpStatusCode.Created, (await CloseAsync("2025-03")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CloseAsync("2025-04")).StatusCode);

        var run = await FinanceDesk.ErrorsAsync(await _desk.RunBillsAsync("2025-04"), HttpStatusCode.UnprocessableEntity);
        var reading = await FinanceDesk.ErrorsAsync(await _desk.ReadMeterAsync(unit, MeterKind.Water, "2025-03", 10m), HttpStatusCode.UnprocessableEntity);
        var credit = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/bills/{bill.Id}/adjustments", new AdjustmentRequest(-10m, "减免"));
        Assert.True(run.TryGetProperty("period", out _), run.ToString());
        Assert.True(reading.TryGetProperty("period", out _), reading.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, credit.StatusCode);
        Assert.Equal(0, await _desk.InDbAsync(db => Task.FromResult(db.BillRuns.Count(r => r.EstateId == _desk.EstateId && r.Period == "2025-04"))));
        await Eventually.TrueAsync(() => Task.FromResult(
            service.PublishedOf<PeriodClosed>().Count(e => e.EstateId == _desk.EstateId) == 2));
    }

    [Fact]
    public async Task ClosePeriod_Twice_Returns409()
    {
        await CloseAsync("2025-01");

        Assert.Equal(HttpStatusCode.Conflict, (await CloseAsync("2025-01")).StatusCode);
    }

    [Fact]
    public async Task ClosePeriod_ThatHasNotEnded_Returns422NamingPeriod()
    {
        var errors = await FinanceDesk.ErrorsAsync(await CloseAsync("2099-01"), HttpStatusCode.UnprocessableEntity);

        Assert.True(errors.TryGetProperty("period", out _), errors.ToString());
    }

    [Fact]
    public async Task ClosePeriod_AsGroupAdmin_Returns403()
    {
        var response = await _desk.ClientAs(BuildingBlocks.Security.Roles.GroupAdmin)
            .PostAsJsonAsync($"{_desk.Estate}/closed-periods", new PeriodRequest("2025-01"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
