using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class MyBillsTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private OwnerRegistered Registered(ResidentDesk owner, params Guid[] units) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId,
        OwnerId = owner.PartyId, UnitIds = units, OwnedSince = new DateOnly(2020, 1, 1),
    };

    [Fact]
    public async Task Owner_ReadsAndPaysOnlineTheirOwnUnitsBills_AndNoOneElses()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2m);
        var mine = await _desk.UnitAsync(number: "101");
        var neighbours = await _desk.UnitAsync(number: "102");
        var owner = new ResidentDesk(service, _desk);
        await owner.LinkAccountAsync();
        await owner.ApplyAsync(Registered(owner, mine), units => units.SequenceEqual([mine]));
        await _desk.RunBillsAsync("2026-06");

        var bill = Assert.Single(await owner.BillsAsync());
        var paid = await FinanceDesk.ReadAsync<PaymentResponse>(await owner.PayAsync(mine, 150m, "app-1"), HttpStatusCode.Created);
        var retried = await FinanceDesk.ReadAsync<PaymentResponse>(await owner.PayAsync(mine, 150m, "app-1"), HttpStatusCode.OK);

        Assert.Equal(mine, bill.UnitId);
        Assert.Equal((PaymentMethod.Online, paid.Id), (paid.Method, retried.Id));
        Assert.NotNull(paid.ProviderReference);
        Assert.Equal(50m, Assert.Single(await owner.BillsAsync()).Outstanding);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PayAsync(neighbours, 10m, "app-2")).StatusCode);
        Assert.Single(await owner.Client.GetFromJsonAsync<List<PaymentResponse>>($"{owner.Me}/payments", TestJson.Options) ?? []);
    }

    [Fact]
    public async Task OwnershipTransferred_ThePreviousOwnerLosesTheUnitAndTheNewOneGetsIt()
    {
        var unit = await _desk.UnitAsync();
        var seller = new ResidentDesk(service, _desk);
        var buyer = new ResidentDesk(service, _desk);
        await seller.LinkAccountAsync();
        await buyer.LinkAccountAsync();
        await seller.ApplyAsync(Registered(seller, unit), units => units.Count == 1);

        await seller.ApplyAsync(new OwnershipTransferred
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, UnitId = unit,
            PreviousOwnerIds = [seller.PartyId], NewOwnerIds = [buyer.PartyId], TransferredOn = new DateOnly(2026, 6, 1),
        }, units => units.Count == 0);

        Assert.Equal([unit], await buyer.UnitsAsync());
    }

    [Fact]
    public async Task Tenant_SeesTheRentedUnitWhileTheLeaseRuns()
    {
        var unit = await _desk.UnitAsync();
        var tenant = new ResidentDesk(service, _desk, Roles.Tenant);
        await tenant.LinkAccountAsync();

        await tenant.ApplyAsync(new TenantLeaseStarted
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, UnitId = unit, TenancyId = tenant.PartyId,
            LeaseStartsOn = new DateOnly(2026, 3, 1), LeaseEndsOn = new DateOnly(2027, 2, 28),
        }, units => units.SequenceEqual([unit]));
        await tenant.ApplyAsync(new TenantLeaseEnded
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, UnitId = unit, TenancyId = tenant.PartyId,
            EndedOn = new DateOnly(2026, 9, 30),
        }, units => units.Count == 0);
    }

    [Theory]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.FrontDesk)]
    public async Task MyBills_ForStaff_Returns403(string role) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _desk.ClientAs(role).GetAsync($"/api/billing/me/estates/{_desk.EstateId}/bills")).StatusCode);

    [Fact]
    public async Task MyBills_OfAnotherEstate_Returns403()
    {
        var owner = new ResidentDesk(service, _desk);

        Assert.Equal(HttpStatusCode.Forbidden, (await owner.Client.GetAsync($"/api/billing/me/estates/{Guid.NewGuid()}/bills")).StatusCode);
    }
}
