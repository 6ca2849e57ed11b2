using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class PrivacyTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task GetOwner_AsStaff_ShowsPhoneIdNumberAndAddressMasked()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [people.Units[0].Id]));

        var shown = await people.GetOwnerAsync(owner.Id);

        Assert.True(shown.Masked);
        Assert.Equal("138****5678", shown.Phone);
        Assert.Equal("3301**********1236", shown.IdNumber);
        Assert.Equal("杭州市西湖区****", shown.Address);
        Assert.Equal(people.Units[0].Id, Assert.Single(shown.Units).UnitId);
    }

    [Fact]
    public async Task RevealOwner_AsFrontDesk_ReturnsThePlainValuesAndRecordsWhoWhomWhichFieldsAndWhy()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner());
        var (frontDesk, userId) = people.AsUser(Roles.FrontDesk);

        var response = await people.RevealAsync(frontDesk, owner.Id, "phone", "idNumber");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var revealed = (await response.Content.ReadFromJsonAsync<RevealResponse>(TestJson.Options))!;
        Assert.Equal("13812345678", revealed.Phone);
        Assert.Equal(PeopleClient.IdNumber, revealed.IdNumber);
        Assert.Null(revealed.Address);
        var audit = await people.As(Roles.EstateManager)
            .GetFromJsonAsync<PagedResult<DisclosureResponse>>($"{people.Base}/disclosures?subjectId={owner.Id}", TestJson.Options);
        var entry = Assert.Single(audit!.Items);
        Assert.Equal(userId, entry.ViewerId);
        Assert.Equal(Roles.FrontDesk, entry.ViewerRoles);
        Assert.Equal(["phone", "idNumber"], entry.Fields);
        Assert.Equal("业主来电报修，需回电确认", entry.Reason);
    }

    [Fact]
    public async Task RevealOwner_AsFinanceAskingForTheIdNumber_Returns403AndRecordsNothing()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner());

        var idNumber = await people.RevealAsync(people.As(Roles.Finance), owner.Id, "idNumber");
        var phone = await people.RevealAsync(people.As(Roles.Finance), owner.Id, "phone");

        Assert.Equal(HttpStatusCode.Forbidden, idNumber.StatusCode);
        Assert.Equal(HttpStatusCode.OK, phone.StatusCode);
        var audit = await people.As(Roles.GroupAdmin)
            .GetFromJsonAsync<PagedResult<DisclosureResponse>>($"{people.Base}/disclosures?subjectId={owner.Id}", TestJson.Options);
        Assert.Equal(["phone"], Assert.Single(audit!.Items).Fields);
    }

    [Fact]
    public async Task RevealOwner_WithoutReason_Returns400NamingTheReason()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner());

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners/{owner.Id}/reveal", new RevealRequest(["phone"], ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task IdNumber_InTheDatabase_IsEncryptedAndFoundOnlyThroughItsKeyedHash()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner());

        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(o)::text FROM owners o WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", owner.Id);
        var row = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain(PeopleClient.IdNumber, row, StringComparison.Ordinal);
        Assert.DoesNotContain("19900307", row, StringComparison.Ordinal);
        Assert.Contains("CfDJ8", row, StringComparison.Ordinal); // Data Protection's payload header, base64url

        var found = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners/lookup", new IdNumberLookupRequest(" 330106199003071236 "));
        var owners = await found.Content.ReadFromJsonAsync<List<OwnerResponse>>(TestJson.Options);
        Assert.Equal(owner.Id, Assert.Single(owners!).Id);
    }

    [Fact]
    public async Task DisclosureAudit_RefusesUpdatesAndDeletes()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner());
        Assert.Equal(HttpStatusCode.OK, (await people.RevealAsync(people.FrontDesk, owner.Id, "phone")).StatusCode);

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();

        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE personal_data_disclosures SET reason = 'x'"));
        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM personal_data_disclosures"));
        Assert.True(await db.Disclosures.AnyAsync(d => d.SubjectId == owner.Id));
    }

    [Fact]
    public async Task RegisterOwner_WithABadIdChecksumAndPhone_Returns400NamingEachField()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);

        var response = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/owners",
            PeopleClient.Owner(phone: "1234", idNumber: "330106199003071239"), TestJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("idNumber", body, StringComparison.Ordinal);
        Assert.Contains("phone", body, StringComparison.Ordinal);
    }
}
