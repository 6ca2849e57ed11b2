using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>A finance clerk of one fresh estate, driving the API the way the service centre does.</summary>
public sealed class FinanceDesk
{
    private readonly BillingService service;

    public FinanceDesk(BillingService service)
    {
        this.service = service;
        Client = service.ClientFor(Roles.Finance, EstateId);
    }

    public Guid EstateId { get; } = Guid.NewGuid();
    public HttpClient Client { get; }

    public string Estate => $"/api/billing/estates/{EstateId}";

    public HttpClient ClientAs(string role) => service.ClientFor(role, EstateId);

    /// <summary>Registers a unit in Residents' name and waits until billing has its copy.</summary>
    public async Task<Guid> UnitAsync(decimal buildingArea = 100m, string number = "1502")
    {
        var unit = BillingService.NewUnit(EstateId, buildingArea, number);
        await service.PublishAsync(unit);
        await Eventually.TrueAsync(async () =>
        {
            var page = await Client.GetFromJsonAsync<PagedResult<BillableUnitResponse>>($"{Estate}/units?pageSize=500", TestJson.Options);
            return page!.Items.Any(u => u.Id == unit.UnitId);
        }, because: "billing should have consumed UnitRegistered");
        return unit.UnitId;
    }

    public async Task<ChargeItemResponse> ChargeItemAsync(string name, ChargeKind kind, decimal rate, IReadOnlyList<PriceTier>? tiers = null) =>
        await ReadAsync<ChargeItemResponse>(await Client.PostAsJsonAsync($"{Estate}/charge-items", new ChargeItemRequest(name, kind, rate, tiers)),
            HttpStatusCode.Created);

    public Task<HttpResponseMessage> ReadMeterAsync(Guid unitId, MeterKind meter, string period, decimal reading, bool replacement = false) =>
        Client.PostAsJsonAsync($"{Estate}/meter-readings", new MeterReadingRequest(unitId, meter, period, reading, replacement));

    public Task<HttpResponseMessage> RunBillsAsync(string period) =>
        Client.PostAsJsonAsync($"{Estate}/bill-runs", new PeriodRequest(period));

    public async Task<IReadOnlyList<BillResponse>> BillsAsync(Guid? unitId = null) =>
        (await Client.GetFromJsonAsync<PagedResult<BillResponse>>(
            $"{Estate}/bills?pageSize=500{(unitId is null ? "" : $"&unitId={unitId}")}", TestJson.Options))!.Items;

    public Task<HttpResponseMessage> PayAsync(Guid unitId, decimal amount, string? key = null, PaymentMethod method = PaymentMethod.Cash) =>
        Client.PostAsJsonAsync($"{Estate}/units/{unitId}/payments", new PaymentRequest(key ?? Guid.NewGuid().ToString(), method, amount));

    public async Task<TrialBalanceResponse> TrialBalanceAsync() =>
        (await Client.GetFromJsonAsync<TrialBalanceResponse>($"{Estate}/ledger/trial-balance", TestJson.Options))!;

    public async Task<T> InDbAsync<T>(Func<BillingDb, Task<T>> query)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BillingDb>());
    }

    public Task<int> BillRowsAsync() => InDbAsync(db => db.Bills.CountAsync(b => b.EstateId == EstateId));

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, TestJson.Options)!;
    }

    /// <summary>The problem's "errors" object, asserting the status first.</summary>
    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errors");
    }
}
