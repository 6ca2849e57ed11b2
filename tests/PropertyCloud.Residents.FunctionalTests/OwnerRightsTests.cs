using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.Handover;
using PropertyCloud.Residents.Api.Apis.Parking;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.Handover;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>查阅权 and 修改权: owners edit their phone, contacts and members, and ask the service centre to correct the rest.</summary>
public sealed class OwnerRightsTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private const string NewIdNumber = "11010519491231002X";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (PeopleClient Own, Guid OwnOwnerId, PeopleClient Other, Guid OtherOwnerId)? _estates;

    private async Task<(PeopleClient People, OwnerResponse Owner, OwnerResponse Neighbour, HttpClient AsOwner)> OwnerWithAccountAsync()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 2);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id]));
        var neighbour = await people.RegisterOwnerAsync(PeopleClient.Owner("邻居王", "13600001111", units: [people.Units[1].Id]));
        return (people, owner, neighbour, await people.LinkOwnerAccountAsync(owner.Id));
    }

    private static async Task<MyRecordResponse> MineAsync(PeopleClient people, HttpClient asOwner) =>
        (await asOwner.GetFromJsonAsync<MyRecordResponse>($"{people.Base}/me", TestJson.Options))!;

    private static async Task<CorrectionResponse> RequestAsync(PeopleClient people, HttpClient asOwner, Guid ownerId, CorrectableField field, string value)
    {
        var response = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{ownerId}/corrections",
            new CorrectionRequestBody(field, value, "身份证登记有误，附新证复印件"), TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CorrectionResponse>(TestJson.Options))!;
    }

    [Fact]
    public async Task ChangeMyPhone_AsLinkedOwner_ChangesItPublishesResidentContactChangedOnceAndIsRefusedForANeighbour()
    {
        var (people, owner, neighbour, asOwner) = await OwnerWithAccountAsync();

        var mine = await asOwner.PutAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/phone", new PhoneChangeRequest("13588886666"), TestJson.Options);
        var theirs = await asOwner.PutAsJsonAsync($"{people.Base}/me/owners/{neighbour.Id}/phone", new PhoneChangeRequest("13588886666"), TestJson.Options);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Forbidden), (mine.StatusCode, theirs.StatusCode));
        Assert.Equal("13588886666", Assert.Single((await MineAsync(people, asOwner)).AsOwner).Phone);
        Assert.Equal("136****1111", (await people.GetOwnerAsync(neighbour.Id)).Phone);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<ResidentContactChanged>().FirstOrDefault(e => e.OwnerId == owner.Id)));
        Assert.Equal(("Phone", "Changed", people.Units[0].Id), (published.ContactKind, published.Change, Assert.Single(published.UnitIds)));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(service.Events.OfType<ResidentContactChanged>(), e => e.OwnerId == owner.Id);
        Assert.DoesNotContain(service.Events.OfType<ResidentContactChanged>(), e => e.OwnerId == neighbour.Id);
    }

    [Fact]
    public async Task EditMyContactsAndMembers_AsLinkedOwner_ShowsThemUnmaskedInMyRecord()
    {
        var (people, owner, _, asOwner) = await OwnerWithAccountAsync();
        var added = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/members",
            new MemberRequest("欧阳小雨", "子女", Gender.Female, "13700002222"), TestJson.Options);
        var member = (await added.Content.ReadFromJsonAsync<MemberResponse>(TestJson.Options))!;

        var contact = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/emergency-contacts",
            new ContactRequest("欧阳明", "兄弟", "13500003333"), TestJson.Options);
        var corrected = await asOwner.PutAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/members/{member.Id}",
            new MemberRequest("欧阳小雨", "女儿", Gender.Female, "13700004444"), TestJson.Options);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (contact.StatusCode, corrected.StatusCode));
        var record = Assert.Single((await MineAsync(people, asOwner)).AsOwner);
        Assert.Equal(("女儿", "13700004444"), (Assert.Single(record.Members).Relationship, record.Members[0].Phone));
        Assert.Equal("13500003333", Assert.Single(record.EmergencyContacts).Phone);
        Assert.Equal("135****3333", Assert.Single((await people.GetOwnerAsync(owner.Id)).EmergencyContacts).Phone);
    }

    [Fact]
    public async Task RemoveMyMemberAndContact_AsLinkedOwner_DeletesThemWithEventsAndIsRefusedForANeighboursRecord()
    {
        var (people, owner, neighbour, asOwner) = await OwnerWithAccountAsync();
        var member = (await (await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/members",
            new MemberRequest("欧阳小雨", "子女", Gender.Female, "13700002222"), TestJson.Options)).Content.ReadFromJsonAsync<MemberResponse>(TestJson.Options))!;
        var contact = (await (await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/emergency-contacts",
            new ContactRequest("欧阳明", "兄弟", "13500003333"), TestJson.Options)).Content.ReadFromJsonAsync<ContactResponse>(TestJson.Options))!;

        var asNeighbour = await asOwner.DeleteAsync($"{people.Base}/me/owners/{neighbour.Id}/members/{member.Id}");
        var removedMember = await asOwner.DeleteAsync($"{people.Base}/me/owners/{owner.Id}/members/{member.Id}");
        var removedContact = await asOwner.DeleteAsync($"{people.Base}/me/owners/{owner.Id}/emergency-contacts/{contact.Id}");
        var again = await asOwner.DeleteAsync($"{people.Base}/me/owners/{owner.Id}/members/{member.Id}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NotFound),
            (asNeighbour.StatusCode, removedMember.StatusCode, removedContact.StatusCode, again.StatusCode));
        var record = Assert.Single((await MineAsync(people, asOwner)).AsOwner);
        Assert.Empty(record.Members);
        Assert.Empty(record.EmergencyContacts);
        await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<HouseholdMemberRemoved>().FirstOrDefault(e => e.MemberId == member.Id)));
        await Eventually.GetAsync(() => Task.FromResult(service.Events.OfType<ResidentContactChanged>()
            .FirstOrDefault(e => e.ContactId == contact.Id && e.Change == "Removed")));
    }

    [Fact]
    public async Task RemoveMember_ByFrontDesk_OnlyFromTheOwnerItBelongsTo()
    {
        var (people, owner, neighbour, _) = await OwnerWithAccountAsync();
        var added = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners/{owner.Id}/members",
            new MemberRequest("李小明", "子女", Gender.Male, "13700005555"), TestJson.Options);
        var member = (await added.Content.ReadFromJsonAsync<MemberResponse>(TestJson.Options))!;

        var wrongOwner = await people.FrontDesk.DeleteAsync($"{people.Base}/owners/{neighbour.Id}/members/{member.Id}");
        var removed = await people.FrontDesk.DeleteAsync($"{people.Base}/owners/{owner.Id}/members/{member.Id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NoContent), (wrongOwner.StatusCode, removed.StatusCode));
        Assert.Empty((await people.GetOwnerAsync(owner.Id)).Members);
    }

    [Fact]
    public async Task RequestCorrection_ThenFrontDeskApproves_AppliesTheNewIdNumberWhichStaffSawOnlyMasked()
    {
        var (people, owner, _, asOwner) = await OwnerWithAccountAsync();

        var requested = await RequestAsync(people, asOwner, owner.Id, CorrectableField.IdNumber, NewIdNumber);
        var pending = await people.FrontDesk.GetFromJsonAsync<PagedResult<CorrectionResponse>>($"{people.Base}/corrections?status=Pending", TestJson.Options);
        var approved = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/corrections/{requested.Id}/approve", new CorrectionDecisionRequest(null), TestJson.Options);
        var twice = await people.As(Roles.EstateManager).PostAsJsonAsync($"{people.Base}/corrections/{requested.Id}/reject",
            new CorrectionDecisionRequest("重复处理"), TestJson.Options);

        Assert.Equal("1101**********002X", Assert.Single(pending!.Items).RequestedValue);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (approved.StatusCode, twice.StatusCode));
        var mine = await MineAsync(people, asOwner);
        Assert.Equal(NewIdNumber, Assert.Single(mine.AsOwner).IdNumber);
        Assert.Equal(CorrectionStatus.Approved, Assert.Single(Assert.Single(mine.Holdings).Corrections).Status);
        Assert.Equal("1101**********002X", (await people.GetOwnerAsync(owner.Id)).IdNumber);
    }

    [Fact]
    public async Task RejectCorrection_NeedsAReasonAndLeavesTheRecordUnchanged()
    {
        var (people, owner, _, asOwner) = await OwnerWithAccountAsync();
        var requested = await RequestAsync(people, asOwner, owner.Id, CorrectableField.Name, "欧阳振国");

        var withoutReason = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/corrections/{requested.Id}/reject", new CorrectionDecisionRequest(" "), TestJson.Options);
        var rejected = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/corrections/{requested.Id}/reject",
            new CorrectionDecisionRequest("与产权证姓名不符"), TestJson.Options);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.OK), (withoutReason.StatusCode, rejected.StatusCode));
        var mine = (await asOwner.GetFromJsonAsync<List<CorrectionResponse>>($"{people.Base}/me/corrections", TestJson.Options))!;
        Assert.Equal((CorrectionStatus.Rejected, "与产权证姓名不符"), (Assert.Single(mine).Status, mine[0].DecisionNote));
        Assert.Equal("欧阳振华", (await people.GetOwnerAsync(owner.Id)).Name);
    }

    [Fact]
    public async Task RequestCorrection_ForANeighbourOrTwiceForOneField_IsRefused()
    {
        var (people, owner, neighbour, asOwner) = await OwnerWithAccountAsync();
        await RequestAsync(people, asOwner, owner.Id, CorrectableField.Address, "杭州市西湖区文一路1号");
        var body = new CorrectionRequestBody(CorrectableField.Address, "杭州市西湖区文二路2号", "搬家后地址变更");

        var twice = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/corrections", body, TestJson.Options);
        var theirs = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{neighbour.Id}/corrections", body, TestJson.Options);
        var badDate = await asOwner.PostAsJsonAsync($"{people.Base}/me/owners/{owner.Id}/corrections",
            body with { Field = CorrectableField.MovedInOn, Value = "2018年5月" }, TestJson.Options);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (twice.StatusCode, theirs.StatusCode, badDate.StatusCode));
    }

    [Fact]
    public async Task GetMyRecord_AsOwner_ShowsVehiclesParkingCardsKeysReadingsAndWhoUnmaskedTheirData()
    {
        var (people, owner, _, asOwner) = await OwnerWithAccountAsync();
        var unitId = people.Units[0].Id;
        var vehicle = (await (await people.FrontDesk.PostAsJsonAsync($"{people.Base}/vehicles",
            new VehicleRequest(unitId, VehicleHolderKind.Owner, owner.Id, "浙A12345", null), TestJson.Options)).Content
            .ReadFromJsonAsync<VehicleResponse>(TestJson.Options))!;
        var space = (await (await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-spaces", new ParkingSpaceRequest("B1-001", null), TestJson.Options))
            .Content.ReadFromJsonAsync<ParkingSpaceResponse>(TestJson.Options))!;
        await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-spaces/{space.Id}/assignments",
            new ParkingAssignmentRequest(unitId, owner.Id, ParkingTenure.Sold, new DateOnly(2020, 1, 1), null), TestJson.Options);
        await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/access-cards", new AccessCardRequest("MJ-9", "欧阳振华", new DateOnly(2020, 1, 1)), TestJson.Options);
        await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/keys", new KeyCustodyRequest("入户门钥匙", "欧阳振华", new DateOnly(2020, 1, 1)), TestJson.Options);
        await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/meter-readings", new MeterReadingRequest(MeterKind.Gas, 3m, new DateOnly(2020, 1, 1)), TestJson.Options);
        await people.RevealAsync(people.As(Roles.Finance), owner.Id, "phone");

        var holdings = Assert.Single((await MineAsync(people, asOwner)).Holdings);

        Assert.Equal("浙A12345", Assert.Single(holdings.Vehicles).PlateNumber);
        Assert.Equal(vehicle.Id, holdings.Vehicles[0].Id);
        Assert.Equal(space.Id, Assert.Single(holdings.ParkingSpaces).ParkingSpaceId);
        Assert.Equal("MJ-9", Assert.Single(holdings.AccessCards).Number);
        Assert.Equal("入户门钥匙", Assert.Single(holdings.KeysInCustody).Description);
        Assert.Equal(MeterKind.Gas, Assert.Single(holdings.MeterBaseReadings).Meter);
        Assert.Equal(Roles.Finance, Assert.Single(holdings.Disclosures).ViewerRoles);
    }

    // Expected status, own estate then other estate: list corrections, approve an unknown request (404 = authorised), change my phone.
    [Theory]
    [InlineData(Roles.EstateManager, "200 404 403", "403 403 403")]
    [InlineData(Roles.FrontDesk, "200 404 403", "403 403 403")]
    [InlineData(Roles.GroupAdmin, "403 403 403", "403 403 403")]
    [InlineData(Roles.Archivist, "403 403 403", "403 403 403")]
    [InlineData(Roles.Finance, "403 403 403", "403 403 403")]
    [InlineData(Roles.Maintenance, "403 403 403", "403 403 403")]
    [InlineData(Roles.Quality, "403 403 403", "403 403 403")]
    [InlineData(Roles.Surveyor, "403 403 403", "403 403 403")]
    [InlineData(Roles.Tenant, "403 403 403", "403 403 403")]
    [InlineData(Roles.Partner, "403 403 403", "403 403 403")]
    [InlineData(Roles.Owner, "403 403 403", "403 403 403")]
    public async Task CorrectionAndSelfEditActions_ByRoleAndEstate_AreAllowedOnlyAsDocumented(string role, string ownEstate, string otherEstate)
    {
        var (own, ownOwner, other, otherOwner) = await EstatesAsync();
        var client = service.Factory.CreateClientWithToken(TestTokens.For(role, own.EstateId));

        Assert.Equal(ownEstate, await StatusesAsync(client, own, ownOwner));
        Assert.Equal(otherEstate, await StatusesAsync(client, other, otherOwner));
    }

    private async Task<(PeopleClient, Guid, PeopleClient, Guid)> EstatesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_estates is null)
            {
                var own = await PeopleClient.CreateAsync(service.Factory, units: 1);
                var other = await PeopleClient.CreateAsync(service.Factory, units: 1);
                _estates = (own, (await own.RegisterOwnerAsync(PeopleClient.Owner())).Id, other, (await other.RegisterOwnerAsync(PeopleClient.Owner())).Id);
            }
            return _estates.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> StatusesAsync(HttpClient client, PeopleClient estate, Guid ownerId)
    {
        var responses = new[]
        {
            await client.GetAsync($"{estate.Base}/corrections"),
            await client.PostAsJsonAsync($"{estate.Base}/corrections/{Guid.NewGuid()}/approve", new CorrectionDecisionRequest(null), TestJson.Options),
            // Nobody's login is linked to these owners: even an owner is refused someone else's record.
            await client.PutAsJsonAsync($"{estate.Base}/me/owners/{ownerId}/phone", new PhoneChangeRequest("13588886666"), TestJson.Options),
        };
        return string.Join(' ', responses.Select(r => ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
