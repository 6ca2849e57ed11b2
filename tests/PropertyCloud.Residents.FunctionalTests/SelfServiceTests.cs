using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class SelfServiceTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private static async Task<(PeopleClient People, OwnerResponse Owner, HttpClient AsOwner)> OwnerWithAccountAsync(ServiceFactory<Program> factory)
    {
        var people = await PeopleClient.CreateAsync(factory, units: 2);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id]));
        await people.RegisterOwnerAsync(PeopleClient.Owner("邻居王", "13600001111", units: [people.Units[1].Id]));
        var (client, userId) = people.AsUser(Roles.Owner);
        var linked = await people.FrontDesk.PutAsJsonAsync($"{people.Base}/owners/{owner.Id}/account", new AccountRequest(userId));
        Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        return (people, owner, client);
    }

    private static async Task<(TenancyResponse Lease, HttpClient AsTenant)> LinkedLeaseAsync(PeopleClient people, Guid unitId)
    {
        var lease = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/tenancies",
            new TenancyRequest("林晓雨", "13957101234", new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, lease.StatusCode);
        var tenancy = (await lease.Content.ReadFromJsonAsync<TenancyResponse>(TestJson.Options))!;
        var (asTenant, tenantId) = people.AsUser(Roles.Tenant);
        var linked = await people.FrontDesk.PutAsJsonAsync($"{people.Base}/units/{unitId}/tenancies/{tenancy.Id}/account", new AccountRequest(tenantId));
        Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        return (tenancy, asTenant);
    }

    [Fact]
    public async Task LinkingAccounts_PublishesWhichLoginIsWhichOwnerAndTenancy()
    {
        var (people, owner, _) = await OwnerWithAccountAsync(service.Factory);
        var (lease, _) = await LinkedLeaseAsync(people, people.Units[1].Id);

        var ownerLink = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<ResidentAccountLinked>().FirstOrDefault(e => e.PartyId == owner.Id)));
        var tenancyLink = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<ResidentAccountLinked>().FirstOrDefault(e => e.PartyId == lease.Id)));
        Assert.Equal((false, true), (ownerLink.IsTenancy, tenancyLink.IsTenancy));
        Assert.Equal(people.EstateId, tenancyLink.EstateId);
    }

    [Fact]
    public async Task GetMyRecord_AsLinkedOwner_ShowsOnlyTheirOwnRecordUnmasked()
    {
        var (people, owner, asOwner) = await OwnerWithAccountAsync(service.Factory);

        var mine = (await asOwner.GetFromJsonAsync<MyRecordResponse>($"{people.Base}/me", TestJson.Options))!;

        var record = Assert.Single(mine.AsOwner);
        Assert.Equal(owner.Id, record.Id);
        Assert.False(record.Masked);
        Assert.Equal("13812345678", record.Phone);
        Assert.Equal(PeopleClient.IdNumber, record.IdNumber);
        Assert.Empty(mine.AsTenant);
    }

    [Fact]
    public async Task AddMyMember_AsLinkedOwner_AddsToTheirOwnRecordButNotToAnothers()
    {
        var (people, owner, asOwner) = await OwnerWithAccountAsync(service.Factory);
        var neighbour = await people.RegisterOwnerAsync(PeopleClient.Owner("邻居李"));
        var member = new MemberRequest("欧阳小雨", "子女", Api.Domain.People.Gender.Female, "13700002222");

        var mine = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/members", member, TestJson.Options);
        var theirs = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{neighbour.Id}/members", member, TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        var record = Assert.Single((await asOwner.GetFromJsonAsync<MyRecordResponse>($"{people.Base}/me", TestJson.Options))!.AsOwner);
        Assert.Equal(("欧阳小雨", "13700002222"), (Assert.Single(record.Members).Name, record.Members[0].Phone));
        Assert.Empty((await people.GetOwnerAsync(neighbour.Id)).Members);
    }

    [Fact]
    public async Task StaffEndpoints_AsOwner_Return403()
    {
        var (people, owner, asOwner) = await OwnerWithAccountAsync(service.Factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await asOwner.GetAsync($"{people.Base}/owners")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asOwner.GetAsync($"{people.Base}/owners/{owner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asOwner.GetAsync($"{people.Base}/search?q=王")).StatusCode);
    }

    [Fact]
    public async Task DeclareUsage_AsOwnerOfTheUnit_SetsRentedOutAndPublishesUnitUsageChanged()
    {
        var (people, _, asOwner) = await OwnerWithAccountAsync(service.Factory);
        var unitId = people.Units[0].Id;

        var response = await asOwner.PutAsJsonAsync($"{people.Base}/me/units/{unitId}/usage", new UsageRequest(UnitUsage.RentedOut), TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(UnitUsage.RentedOut, (await response.Content.ReadFromJsonAsync<UnitResponse>(TestJson.Options))!.Usage);
        var changed = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<UnitUsageChanged>().FirstOrDefault(e => e.UnitId == unitId)));
        Assert.Equal(("Residence", "RentedOut", "owner"), (changed.PreviousUsage, changed.Usage, changed.ChangedBy));
    }

    [Fact]
    public async Task DeclareUsage_OnANeighboursUnit_Returns403AndLeavesItUnchanged()
    {
        var (people, _, asOwner) = await OwnerWithAccountAsync(service.Factory);
        var neighbours = people.Units[1].Id;

        var response = await asOwner.PutAsJsonAsync($"{people.Base}/me/units/{neighbours}/usage", new UsageRequest(UnitUsage.RentedOut), TestJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var unit = await people.FrontDesk.GetFromJsonAsync<UnitResponse>($"{people.Base}/units/{neighbours}", TestJson.Options);
        Assert.Equal(UnitUsage.Residence, unit!.Usage);
    }

    [Fact]
    public async Task UpdateUnit_AsStaffSettingRentedOut_Returns422OnUsage()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);

        var response = await people.FrontDesk.PutAsJsonAsync($"{people.Base}/units/{people.Units[0].Id}",
            RegisterClient.ValidUnit("1501") with { Usage = UnitUsage.RentedOut }, TestJson.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("usage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyRecord_AsTenant_ShowsTheRentedUnitAndLandlordNameButNoOwnerRecords()
    {
        var (people, owner, _) = await OwnerWithAccountAsync(service.Factory);
        var unitId = people.Units[0].Id;
        var (tenancy, asTenant) = await LinkedLeaseAsync(people, unitId);

        var mine = (await asTenant.GetFromJsonAsync<MyRecordResponse>($"{people.Base}/me", TestJson.Options))!;

        Assert.Empty(mine.AsOwner);
        var rented = Assert.Single(mine.AsTenant);
        Assert.Equal(unitId, rented.Unit.Id);
        Assert.Equal([owner.Name], rented.LandlordNames);
        Assert.Equal("13957101234", rented.Lease.Phone);
        Assert.Equal(HttpStatusCode.Forbidden, (await asTenant.GetAsync($"{people.Base}/owners/{owner.Id}")).StatusCode);
        var started = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<TenantLeaseStarted>().FirstOrDefault(e => e.TenancyId == tenancy.Id)));
        Assert.Equal(unitId, started.UnitId);
    }

    [Fact]
    public async Task EndLease_PublishesTenantLeaseEndedAndTheTenantNoLongerSeesTheUnit()
    {
        var (people, _, _) = await OwnerWithAccountAsync(service.Factory);
        var unitId = people.Units[0].Id;
        var (tenancy, asTenant) = await LinkedLeaseAsync(people, unitId);

        var ended = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/tenancies/{tenancy.Id}/end",
            new EndTenancyRequest(new DateOnly(2026, 11, 30)), TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<TenantLeaseEnded>().FirstOrDefault(e => e.TenancyId == tenancy.Id)));
        Assert.Equal(new DateOnly(2026, 11, 30), published.EndedOn);
        var mine = (await asTenant.GetFromJsonAsync<MyRecordResponse>($"{people.Base}/me", TestJson.Options))!;
        Assert.Empty(mine.AsTenant);
    }
}
