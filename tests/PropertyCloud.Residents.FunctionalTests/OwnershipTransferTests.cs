using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class OwnershipTransferTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task TransferOwnership_ClosesTheOldOwnershipKeepsItAndPublishesOwnershipTransferredOnce()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitId = people.Units[0].Id;
        var seller = await people.RegisterOwnerAsync(PeopleClient.Owner("周建国", units: [unitId]));
        var buyer = await people.RegisterOwnerAsync(PeopleClient.Owner("吴晓燕", "13998765432", "330106199003071236"));

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/ownerships/transfer",
            new TransferOwnershipRequest([buyer.Id], new DateOnly(2026, 11, 20)), TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await people.FrontDesk.GetFromJsonAsync<List<OwnershipResponse>>($"{people.Base}/units/{unitId}/ownerships", TestJson.Options);
        Assert.Equal(2, history!.Count);
        Assert.Equal(new DateOnly(2026, 11, 20), history.Single(o => o.OwnerId == seller.Id).EndedOn);
        Assert.Null(history.Single(o => o.OwnerId == buyer.Id).EndedOn);
        Assert.Equal(seller.Id, (await people.GetOwnerAsync(seller.Id)).Id); // the old owner's record is kept

        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<OwnershipTransferred>()
            .FirstOrDefault(e => e.UnitId == unitId)));
        Assert.Equal(people.EstateId, published.EstateId);
        Assert.Equal([seller.Id], published.PreviousOwnerIds);
        Assert.Equal([buyer.Id], published.NewOwnerIds);
        Assert.Equal(new DateOnly(2026, 11, 20), published.TransferredOn);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(service.Events.OfType<OwnershipTransferred>(), e => e.UnitId == unitId);
    }

    [Fact]
    public async Task TransferOwnership_DatedBeforeTheCurrentOwnershipBegan_Returns422OnTheDate()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitId = people.Units[0].Id;
        await people.RegisterOwnerAsync(PeopleClient.Owner("周建国", units: [unitId]));
        var buyer = await people.RegisterOwnerAsync(PeopleClient.Owner("吴晓燕"));

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/ownerships/transfer",
            new TransferOwnershipRequest([buyer.Id], new DateOnly(2010, 1, 1)), TestJson.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("transferredOn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var history = await people.FrontDesk.GetFromJsonAsync<List<OwnershipResponse>>($"{people.Base}/units/{unitId}/ownerships", TestJson.Options);
        Assert.Null(Assert.Single(history!).EndedOn);
    }

    [Fact]
    public async Task AddJointOwner_ThenTransfer_EndsBothAndNamesBothAsPrevious()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitId = people.Units[0].Id;
        var husband = await people.RegisterOwnerAsync(PeopleClient.Owner("周建国", units: [unitId]));
        var wife = await people.RegisterOwnerAsync(PeopleClient.Owner("钱丽华"));
        var buyer = await people.RegisterOwnerAsync(PeopleClient.Owner("吴晓燕"));
        var joint = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/ownerships",
            new AddOwnershipRequest(wife.Id, new DateOnly(2019, 1, 1)), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, joint.StatusCode);

        await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/ownerships/transfer",
            new TransferOwnershipRequest([buyer.Id], new DateOnly(2026, 11, 20)), TestJson.Options);

        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<OwnershipTransferred>()
            .FirstOrDefault(e => e.UnitId == unitId)));
        Assert.Equal(new HashSet<Guid> { husband.Id, wife.Id }, published.PreviousOwnerIds.ToHashSet());
    }

    [Fact]
    public async Task RegisterOwnerAndAddMember_PublishOwnerRegisteredAndHouseholdMemberAddedWithoutPersonalData()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 2);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id, people.Units[1].Id]));
        var member = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners/{owner.Id}/members",
            new MemberRequest("欧阳小雨", "子女", Api.Domain.People.Gender.Female, null), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, member.StatusCode);

        var registered = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<OwnerRegistered>()
            .FirstOrDefault(e => e.OwnerId == owner.Id)));
        var added = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<HouseholdMemberAdded>()
            .FirstOrDefault(e => e.OwnerId == owner.Id)));
        Assert.Equal(2, registered.UnitIds.Count);
        Assert.Equal(people.EstateId, added.EstateId);
        Assert.DoesNotContain(typeof(OwnerRegistered).GetProperties(), p => p.Name is "Name" or "Phone" or "IdNumber");
    }
}
