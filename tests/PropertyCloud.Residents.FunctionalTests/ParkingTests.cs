using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.Parking;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class ParkingTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private static async Task<(PeopleClient People, OwnerResponse Owner, VehicleResponse Vehicle)> VehicleOfOwnerAsync(ServiceFactory<Program> factory)
    {
        var people = await PeopleClient.CreateAsync(factory, units: 2);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id]));
        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/vehicles",
            new VehicleRequest(people.Units[0].Id, VehicleHolderKind.Owner, owner.Id, "浙A·12345", "白色大众帕萨特"), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (people, owner, (await response.Content.ReadFromJsonAsync<VehicleResponse>(TestJson.Options))!);
    }

    private static async Task<ParkingSpaceResponse> RegisterSpaceAsync(PeopleClient people, string code)
    {
        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-spaces", new ParkingSpaceRequest(code, "地下一层"), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ParkingSpaceResponse>(TestJson.Options))!;
    }

    private static Task<HttpResponseMessage> AssignAsync(PeopleClient people, Guid spaceId, Guid unitId, ParkingTenure tenure, DateOnly? endsOn) =>
        people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-spaces/{spaceId}/assignments",
            new ParkingAssignmentRequest(unitId, null, tenure, new DateOnly(2026, 12, 1), endsOn), TestJson.Options);

    [Fact]
    public async Task RegisterVehicle_ForTheUnitsOwner_ShowsThePlateMaskedAndPublishesVehicleRegisteredOnceWithoutThePlate()
    {
        var (people, owner, vehicle) = await VehicleOfOwnerAsync(service.Factory);

        Assert.Equal("浙A***45", vehicle.PlateNumber);
        Assert.True(vehicle.Masked);
        var listed = await people.As(Roles.Finance).GetFromJsonAsync<PagedResult<VehicleResponse>>($"{people.Base}/vehicles", TestJson.Options);
        Assert.Equal("浙A***45", Assert.Single(listed!.Items).PlateNumber);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<VehicleRegistered>().FirstOrDefault(e => e.VehicleId == vehicle.Id)));
        Assert.Equal((people.EstateId, people.Units[0].Id, "Owner", owner.Id), (published.EstateId, published.UnitId, published.HolderKind, published.HolderId));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(service.Events.OfType<VehicleRegistered>(), e => e.VehicleId == vehicle.Id);
    }

    [Fact]
    public async Task RegisterVehicle_ForSomeoneWhoNeitherOwnsNorRentsTheUnit_Returns422OnTheHolder()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 2);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id]));

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/vehicles",
            new VehicleRequest(people.Units[1].Id, VehicleHolderKind.Owner, owner.Id, "浙A12345", null), TestJson.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("holderId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("")]
    public async Task RegisterVehicle_WithAMalformedOrMissingPlate_Returns400NamingIt(string plate)
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/vehicles",
            new VehicleRequest(people.Units[0].Id, VehicleHolderKind.Owner, Guid.NewGuid(), plate, null), TestJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("plateNumber", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RevealPlateNumber_AsFrontDesk_ShowsItAndRecordsTheDisclosure()
    {
        var (people, _, vehicle) = await VehicleOfOwnerAsync(service.Factory);
        var (frontDesk, userId) = people.AsUser(Roles.FrontDesk);

        var response = await frontDesk.PostAsJsonAsync($"{people.Base}/vehicles/{vehicle.Id}/reveal", new RevealPlateRequest("车辆堵塞消防通道，需联系车主"), TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("浙A12345", (await response.Content.ReadFromJsonAsync<VehicleResponse>(TestJson.Options))!.PlateNumber);
        var audit = await people.As(Roles.EstateManager)
            .GetFromJsonAsync<PagedResult<DisclosureResponse>>($"{people.Base}/disclosures?subjectId={vehicle.Id}", TestJson.Options);
        var entry = Assert.Single(audit!.Items);
        Assert.Equal((userId, "vehicle", "plateNumber"), (entry.ViewerId, entry.SubjectKind, Assert.Single(entry.Fields)));
    }

    [Fact]
    public async Task AssignSpace_RentedToAUnit_PublishesParkingSpaceAssignedOnceAndRefusesASecondHolder()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 2);
        var space = await RegisterSpaceAsync(people, "B1-023");

        var first = await AssignAsync(people, space.Id, people.Units[0].Id, ParkingTenure.Rented, new DateOnly(2027, 11, 30));
        var second = await AssignAsync(people, space.Id, people.Units[1].Id, ParkingTenure.Sold, null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<ParkingSpaceAssigned>().FirstOrDefault(e => e.ParkingSpaceId == space.Id)));
        Assert.Equal((people.Units[0].Id, "B1-023", "Rented", new DateOnly(2027, 11, 30)), (published.UnitId, published.SpaceCode, published.Tenure, published.EndsOn));
        var spaces = await people.FrontDesk.GetFromJsonAsync<PagedResult<ParkingSpaceResponse>>($"{people.Base}/parking-spaces", TestJson.Options);
        Assert.Equal(people.Units[0].Id, Assert.Single(spaces!.Items).Current!.UnitId);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(service.Events.OfType<ParkingSpaceAssigned>(), e => e.ParkingSpaceId == space.Id);
    }

    [Fact]
    public async Task ReleaseSpace_ThenAssignAgain_KeepsTheHistoryAndPublishesParkingSpaceReleased()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 2);
        var space = await RegisterSpaceAsync(people, "B1-024");
        var first = (await (await AssignAsync(people, space.Id, people.Units[0].Id, ParkingTenure.Sold, null))
            .Content.ReadFromJsonAsync<ParkingAssignmentResponse>(TestJson.Options))!;

        var released = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-spaces/{space.Id}/assignments/{first.Id}/release",
            new ReleaseParkingRequest(new DateOnly(2027, 1, 31)), TestJson.Options);
        var again = await AssignAsync(people, space.Id, people.Units[1].Id, ParkingTenure.Rented, new DateOnly(2027, 12, 31));

        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var history = await people.FrontDesk.GetFromJsonAsync<List<ParkingAssignmentResponse>>($"{people.Base}/parking-spaces/{space.Id}/assignments", TestJson.Options);
        Assert.Equal(2, history!.Count);
        var releasedEvent = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<ParkingSpaceReleased>().FirstOrDefault(e => e.AssignmentId == first.Id)));
        Assert.Equal(new DateOnly(2027, 1, 31), releasedEvent.ReleasedOn);
    }

    [Fact]
    public async Task IssuePermit_ForASpaceTheVehiclesUnitHolds_IsIssuedAndForAnotherSpaceIsRefused()
    {
        var (people, _, vehicle) = await VehicleOfOwnerAsync(service.Factory);
        var held = await RegisterSpaceAsync(people, "A-001");
        var notHeld = await RegisterSpaceAsync(people, "A-002");
        Assert.Equal(HttpStatusCode.Created, (await AssignAsync(people, held.Id, people.Units[0].Id, ParkingTenure.Sold, null)).StatusCode);

        var issued = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-permits",
            new ParkingPermitRequest(vehicle.Id, held.Id, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30)), TestJson.Options);
        var refused = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-permits",
            new ParkingPermitRequest(vehicle.Id, notHeld.Id, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30)), TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var permits = await people.FrontDesk.GetFromJsonAsync<PagedResult<ParkingPermitResponse>>($"{people.Base}/parking-permits?vehicleId={vehicle.Id}", TestJson.Options);
        Assert.Equal(held.Id, Assert.Single(permits!.Items).ParkingSpaceId);
    }
}
