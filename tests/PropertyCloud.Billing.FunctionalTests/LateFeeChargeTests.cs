using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class LateFeeChargeTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private async Task<Guid> OverdueUnitAsync()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 10m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-01");
        return unit;
    }

    private async Task ConfigureAsync(DunningPolicyRequest request) =>
        Assert.Equal(HttpStatusCode.OK, (await _desk.Client.PutAsJsonAsync($"{_desk.Estate}/dunning/policy", request)).StatusCode);

    private async Task<BillResponse> ChargedBillAsync(Guid unit) =>
        await Eventually.GetAsync(async () => (await _desk.BillsAsync(unit)).Single() is { LateFeeCharged: > 0 } bill ? bill : null,
            because: "the late-fee job should have charged the overdue bill");

    private Task<List<BillAdjustment>> LateFeeAdjustmentsAsync() =>
        _desk.InDbAsync(db => db.Adjustments.Where(a => a.EstateId == _desk.EstateId && a.LateFeeMonth != null).ToListAsync());

    [Fact]
    public async Task LateFeeJob_InAnEstateWithACap_ChargesTheCappedFeeOnce_AndPostsItAsLateFeeIncome()
    {
        var unit = await OverdueUnitAsync();
        // ~650 days × 1 000 × 0.0003 ≈ 195 exceeds the 10 % cap of 100.00
        await ConfigureAsync(new DunningPolicyRequest(7, 30, 60, 0.0003m, LateFeeGraceDays: 10, LateFeeCapPercent: 10m));

        var bill = await ChargedBillAsync(unit);
        await Task.Delay(TimeSpan.FromSeconds(1)); // two more rounds of the job

        Assert.Equal((100.00m, 100.00m, 1100.00m), (bill.LateFeeCharged, bill.AdjustedAmount, bill.Outstanding));
        Assert.Equal(100.00m, Assert.Single(await LateFeeAdjustmentsAsync()).Amount);
        var balance = await _desk.TrialBalanceAsync();
        Assert.True(balance.Balanced);
        Assert.Equal(100.00m, balance.Accounts.Single(a => a.Account == LedgerAccount.LateFeeIncome).Credit);
    }

    [Fact]
    public async Task LateFeeJob_AfterAPartialPayment_ChargesTheSmallerBaseFromThePaymentDay()
    {
        var unit = await OverdueUnitAsync();
        await _desk.PayAsync(unit, 400m);
        var paidOn = EstateCalendar.Day(DateTimeOffset.UtcNow);

        await ConfigureAsync(new DunningPolicyRequest(7, 30, 60, 0.0001m));
        var bill = await ChargedBillAsync(unit);

        // 1 000 owed every day after the due date until today, 600 today: the unit-tested rule, as of the job's day.
        var expected = LateFees.Accrued(1000m, bill.DueDate, [(paidOn, 400m)], paidOn, 0.0001m);
        Assert.Equal(expected, bill.LateFeeCharged);
        Assert.Equal(1000m - 400m + expected, bill.Outstanding);
    }

    [Fact]
    public async Task LateFeeJob_InAnEstateWithoutLateFees_ChargesNothing()
    {
        var unit = await OverdueUnitAsync();
        await ConfigureAsync(new DunningPolicyRequest(7, 30, 60, null));
        await Eventually.TrueAsync(async () => (await _desk.InDbAsync(db => db.Bills.Where(b => b.UnitId == unit).Select(b => b.OverdueAt).SingleAsync())) is not null,
            because: "the overdue scan should have seen the bill");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(0m, (await _desk.BillsAsync(unit)).Single().LateFeeCharged);
        Assert.Empty(await LateFeeAdjustmentsAsync());
    }
}
