using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class ContactPersonTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private static OwnerRequest Company(Guid unitId) =>
        PeopleClient.Owner("杭州西溪科技有限公司", units: [unitId]) with { Kind = OwnerKind.Company, IdDocumentType = IdDocumentType.BusinessLicence, IdNumber = "91330106MA2H0XXX1K" };

    [Fact]
    public async Task ChangeContactPerson_KeepsTheOldRecordEndedAndPublishesResidentContactChangedOncePerChange()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var company = await people.RegisterOwnerAsync(Company(people.Units[0].Id));
        var contacts = $"{people.Base}/owners/{company.Id}/contact-persons";

        var appointed = await people.FrontDesk.PostAsJsonAsync(contacts, new ContactPersonRequest("陈思远", "行政经理", "13911112222", new DateOnly(2025, 1, 1)), TestJson.Options);
        var first = (await appointed.Content.ReadFromJsonAsync<ContactPersonResponse>(TestJson.Options))!;
        var changed = await people.FrontDesk.PutAsJsonAsync($"{contacts}/{first.Id}",
            new ContactPersonRequest("刘佳怡", "行政主管", "13933334444", new DateOnly(2026, 6, 1)), TestJson.Options);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (appointed.StatusCode, changed.StatusCode));
        var history = (await people.FrontDesk.GetFromJsonAsync<List<ContactPersonResponse>>(contacts, TestJson.Options))!;
        Assert.Equal(2, history.Count);
        Assert.Equal(("陈思远", new DateOnly(2026, 6, 1)), (history[0].Name, history[0].EndedOn));
        Assert.Equal(("刘佳怡", (DateOnly?)null, (Guid?)first.Id, "139****4444"), (history[1].Name, history[1].EndedOn, history[1].PreviousId, history[1].Phone));
        var published = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<ResidentContactChanged>().Where(e => e.OwnerId == company.Id).ToList() is { Count: 2 } both ? both : null));
        Assert.Equal(["Added", "Changed"], published.OrderBy(e => e.OccurredAt).Select(e => e.Change));
        Assert.All(published, e => Assert.Equal(("CompanyContactPerson", people.Units[0].Id), (e.ContactKind, Assert.Single(e.UnitIds))));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(2, service.Events.OfType<ResidentContactChanged>().Count(e => e.OwnerId == company.Id));
    }

    [Fact]
    public async Task AppointContactPerson_ForAPersonOwner_Returns422()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var person = await people.RegisterOwnerAsync(PeopleClient.Owner());

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners/{person.Id}/contact-persons",
            new ContactPersonRequest("陈思远", null, "13911112222", new DateOnly(2025, 1, 1)), TestJson.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("ownerId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectOwnersPhoneAndAppointEmergencyContact_AsStaff_EachPublishResidentContactChangedWithoutPersonalData()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id]));

        var corrected = await people.FrontDesk.PutAsJsonAsync($"{people.Base}/owners/{owner.Id}", PeopleClient.Owner(phone: "13600009999"), TestJson.Options);
        var contact = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners/{owner.Id}/emergency-contacts",
            new ContactRequest("欧阳小雨", "女儿", "13700002222"), TestJson.Options);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), (corrected.StatusCode, contact.StatusCode));
        var kinds = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<ResidentContactChanged>().Where(e => e.OwnerId == owner.Id).Select(e => e.ContactKind).Order().ToList() is { Count: 2 } both
                ? both : null));
        Assert.Equal(["EmergencyContact", "Phone"], kinds);
        var json = System.Text.Json.JsonSerializer.Serialize(service.Events.OfType<ResidentContactChanged>().Where(e => e.OwnerId == owner.Id));
        Assert.DoesNotContain("13600009999", json, StringComparison.Ordinal);
        Assert.DoesNotContain("13700002222", json, StringComparison.Ordinal);
    }
}
