using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class LedgerTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    [Fact]
    public async Task Ledger_AfterRandomOperations_AlwaysBalancesAndReceivablesMatchTheBills()
    {
        // A fixed seed, so a failure replays; the domain's own properties run under CsCheck in the unit tests.
        var random = new Random(20261126);
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2.37m);
        await _desk.ChargeItemAsync("电费", ChargeKind.Electricity, 0.538m, [new(230m, 0.538m), new(null, 0.838m)]);
        var deposit = await _desk.ChargeItemAsync("装修押金", ChargeKind.Deposit, 3000m);
        var units = new List<Guid>();
        for (var n = 0; n < 4; n++)
        {
            var unit = await _desk.UnitAsync(buildingArea: Math.Round(60m + (decimal)random.NextDouble() * 100m, 2), number: $"30{n}");
            units.Add(unit);
            await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2025-12", 1000m);
        }
        var payments = new List<PaymentResponse>();
        var deposits = new List<DepositResponse>();
        var month = 1;
        var meter = units.ToDictionary(u => u, _ => 1000m);

        for (var step = 0; step < 50; step++)
        {
            var unit = units[random.Next(units.Count)];
            switch (random.Next(6))
            {
                case 0 when month <= 6:
                    foreach (var u in units)
                    {
                        meter[u] += random.Next(0, 600);
                        await _desk.ReadMeterAsync(u, MeterKind.Electricity, $"2026-{month:00}", meter[u]);
                    }
                    await _desk.RunBillsAsync($"2026-{month++:00}");
                    break;
                case 1 or 2:
                    var owed = (await _desk.BillsAsync(unit)).Sum(b => b.Outstanding);
                    if (owed > 0)
                    {
                        var amount = Math.Max(0.01m, Math.Round(owed * (decimal)random.NextDouble(), 2));
                        var method = (PaymentMethod)random.Next(3);
                        var response = await _desk.PayAsync(unit, amount, method: method);
                        payments.Add(await FinanceDesk.ReadAsync<PaymentResponse>(response, HttpStatusCode.Created));
                    }
                    break;
                case 3 when payments.Count > 0:
                    var payment = payments[random.Next(payments.Count)];
                    var refundable = payment.Amount - payment.RefundedAmount;
                    if (refundable > 0)
                    {
                        var refund = Math.Max(0.01m, Math.Round(refundable * (decimal)random.NextDouble(), 2));
                        var refunded = await FinanceDesk.ReadAsync<PaymentResponse>(await _desk.Client.PostAsJsonAsync(
                            $"{_desk.Estate}/payments/{payment.Id}/refunds", new RefundRequest(refund)), HttpStatusCode.OK);
                        payments[payments.IndexOf(payment)] = refunded;
                    }
                    break;
                case 4:
                    var bill = (await _desk.BillsAsync(unit)).FirstOrDefault(b => b.Outstanding > 1);
                    if (bill is not null)
                    {
                        var adjustment = random.Next(2) == 0 ? -Math.Round(bill.Outstanding / 2, 2) : 12.34m;
                        await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/bills/{bill.Id}/adjustments", new AdjustmentRequest(adjustment, "随机调整"));
                    }
                    break;
                default:
                    if (deposits.Count > 0 && random.Next(2) == 0 && deposits.FirstOrDefault(d => d.RefundedAt is null) is { } held)
                    {
                        deposits[deposits.IndexOf(held)] = await FinanceDesk.ReadAsync<DepositResponse>(
                            await _desk.Client.PostAsync($"{_desk.Estate}/deposits/{held.Id}/refund", null), HttpStatusCode.OK);
                    }
                    else
                    {
                        deposits.Add(await FinanceDesk.ReadAsync<DepositResponse>(await _desk.Client.PostAsJsonAsync(
                            $"{_desk.Estate}/units/{unit}/deposits", new DepositRequest(deposit.Id, PaymentMethod.BankTransfer)), HttpStatusCode.Created));
                    }
                    break;
            }
        }

        var trial = await _desk.TrialBalanceAsync();
        Assert.True(trial.Balanced, $"debits {trial.TotalDebit} ≠ credits {trial.TotalCredit}");
        Assert.True(trial.TotalDebit > 0);
        var receivables = trial.Accounts.SingleOrDefault(a => a.Account == LedgerAccount.Receivables)?.Balance ?? 0;
        var outstanding = await _desk.InDbAsync(db => db.Bills.Where(b => b.EstateId == _desk.EstateId)
            .SumAsync(b => b.Amount + b.AdjustedAmount - b.PaidAmount));
        Assert.Equal(outstanding, receivables);
        var heldDeposits = deposits.Where(d => d.RefundedAt is null).Sum(d => d.Amount);
        Assert.Equal(-heldDeposits, trial.Accounts.SingleOrDefault(a => a.Account == LedgerAccount.DepositsHeld)?.Balance ?? 0);
        var unbalanced = await _desk.InDbAsync(db => db.LedgerEntries.Where(e => e.EstateId == _desk.EstateId)
            .GroupBy(e => e.TransactionId).CountAsync(g => g.Sum(e => e.Debit) != g.Sum(e => e.Credit)));
        Assert.Equal(0, unbalanced);
    }

    [Fact]
    public async Task TrialBalance_OfAnotherEstate_ShowsNothingOfThisOne()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2m);
        await _desk.UnitAsync();
        await _desk.RunBillsAsync("2026-01");
        var other = new FinanceDesk(service);

        var trial = await other.TrialBalanceAsync();

        Assert.Empty(trial.Accounts);
        Assert.NotEmpty((await _desk.TrialBalanceAsync()).Accounts);
    }

    [Fact]
    public async Task Deposit_IsHeldNotIncome_AndRefundedOnce()
    {
        var item = await _desk.ChargeItemAsync("门禁卡押金", ChargeKind.Deposit, 50m);
        var unit = await _desk.UnitAsync();
        var held = await FinanceDesk.ReadAsync<DepositResponse>(await _desk.Client.PostAsJsonAsync(
            $"{_desk.Estate}/units/{unit}/deposits", new DepositRequest(item.Id, PaymentMethod.Cash)), HttpStatusCode.Created);

        var whileHeld = await _desk.TrialBalanceAsync();
        var refund = await _desk.Client.PostAsync($"{_desk.Estate}/deposits/{held.Id}/refund", null);
        var again = await _desk.Client.PostAsync($"{_desk.Estate}/deposits/{held.Id}/refund", null);

        Assert.Equal([LedgerAccount.Cash, LedgerAccount.DepositsHeld], whileHeld.Accounts.Select(a => a.Account));
        Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.All((await _desk.TrialBalanceAsync()).Accounts, a => Assert.Equal(0m, a.Balance));
    }

    [Fact]
    public async Task TrialBalance_ForGroupAdmin_IsReadable_AndForFinanceElsewhere_Returns403()
    {
        var admin = await _desk.ClientAs(Roles.GroupAdmin).GetAsync($"{_desk.Estate}/ledger/trial-balance");
        var stranger = await service.ClientFor(Roles.Finance, Guid.NewGuid()).GetAsync($"{_desk.Estate}/ledger/trial-balance");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
    }
}
