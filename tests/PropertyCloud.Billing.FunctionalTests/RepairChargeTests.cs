using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class RepairChargeTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private RepairChargeRequested Requested(Guid? unitId, Guid repairOrderId, decimal amount = 120.50m) => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        EstateId = _desk.EstateId,
        RepairOrderId = repairOrderId,
        UnitId = unitId,
        Amount = amount,
        Description = "维修费：更换水龙头",
    };

    private async Task<IReadOnlyList<RepairChargeResponse>> RepairChargesAsync() =>
        (await _desk.Client.GetFromJsonAsync<PagedResult<RepairChargeResponse>>($"{_desk.Estate}/repair-charges", TestJson.Options))!.Items;

    [Fact]
    public async Task RepairChargeRequested_DeliveredAgainAndRequestedAgain_IsBilledOnceOnTheNextBillAndPosted()
    {
        var unit = await _desk.UnitAsync();
        var order = Guid.NewGuid();
        var first = Requested(unit, order);
        var again = Requested(unit, order);
        await service.PublishEventAsync(first);
        await service.PublishEventAsync(first);
        await service.PublishEventAsync(again);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(first.EventId) == 2 && service.Consumed.Finished(again.EventId) == 1),
            because: "billing should have handled every delivery");

        await _desk.RunBillsAsync("2026-06");
        await _desk.RunBillsAsync("2026-07");

        var bill = Assert.Single(await _desk.BillsAsync(unit));
        Assert.Equal("2026-06", bill.Period);
        var line = Assert.Single(bill.Lines);
        Assert.Equal((order, 120.50m, "维修费：更换水龙头"), (line.RepairOrderId, line.Amount, line.Description));
        Assert.NotNull(Assert.Single(await RepairChargesAsync()).BilledInRunId);
        var balance = await _desk.TrialBalanceAsync();
        Assert.Equal(120.50m, balance.Accounts.Single(a => a.Account == LedgerAccount.OtherIncome).Credit);
    }

    [Fact]
    public async Task RepairChargeRequested_ForAPublicArea_WaitsUnbilled()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2m);
        var requested = Requested(null, Guid.NewGuid());
        await service.PublishEventAsync(requested);
        await Eventually.TrueAsync(async () => (await RepairChargesAsync()).Count == 1, because: "billing should record the charge");

        await _desk.RunBillsAsync("2026-06");

        Assert.Equal(200m, Assert.Single(await _desk.BillsAsync(unit)).Amount);
        Assert.Null(Assert.Single(await RepairChargesAsync()).BilledInRunId);
    }
}
