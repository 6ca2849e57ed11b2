using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class JointOwnerTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task AddJointOwner_PublishesJointOwnerAddedOnceWithTheUnitOwnerAndDate()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitId = people.Units[0].Id;
        await people.RegisterOwnerAsync(PeopleClient.Owner("周建国", units: [unitId]));
        var wife = await people.RegisterOwnerAsync(PeopleClient.Owner("钱丽华"));

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/ownerships",
            new AddOwnershipRequest(wife.Id, new DateOnly(2019, 1, 1)), TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<JointOwnerAdded>()
            .FirstOrDefault(e => e.UnitId == unitId)));
        Assert.Equal(people.EstateId, published.EstateId);
        Assert.Equal(wife.Id, published.OwnerId);
        Assert.Equal(new DateOnly(2019, 1, 1), published.OwnedSince);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(service.Events.OfType<JointOwnerAdded>(), e => e.UnitId == unitId);
    }

    [Fact]
    public async Task AddJointOwner_WhenTheOwnerAlreadyOwnsTheUnit_Returns409AndPublishesNothing()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitId = people.Units[0].Id;
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner("周建国", units: [unitId]));

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/ownerships",
            new AddOwnershipRequest(owner.Id, new DateOnly(2019, 1, 1)), TestJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<OwnerRegistered>().FirstOrDefault(e => e.OwnerId == owner.Id)));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.DoesNotContain(service.Events.OfType<JointOwnerAdded>(), e => e.UnitId == unitId);
    }
}
