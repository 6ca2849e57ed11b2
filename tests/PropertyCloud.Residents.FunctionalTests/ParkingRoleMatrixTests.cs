using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.Handover;
using PropertyCloud.Residents.Api.Apis.Parking;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.Handover;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>Each role × vehicles, parking, hand-over and contact-person actions × its own estate and another one (ACCESS.md).</summary>
public sealed class ParkingRoleMatrixTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private const string Reader = "200 403 403 200 403 200 403 200 403 200 403";
    private const string Editor = "200 422 200 200 409 200 409 200 409 200 422";
    private const string None = "403 403 403 403 403 403 403 403 403 403 403";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (Estate Own, Estate Other)? _estates;

    private sealed record Estate(PeopleClient People, Guid UnitId, Guid OwnerId, Guid VehicleId);

    // Expected status per action, own estate then other estate: list vehicles, register vehicle, reveal plate, list parking
    // spaces, register space, list access cards, issue card, list meter readings, record meter reading, list contact persons,
    // appoint a contact person. Writes are refused by a rule (422 holder not of the unit or owner not a company, 409 duplicates):
    // reaching the rule proves the caller was authorised.
    [Theory]
    [InlineData(Roles.GroupAdmin, Reader, Reader)]
    [InlineData(Roles.EstateManager, Editor, None)]
    [InlineData(Roles.FrontDesk, Editor, None)]
    [InlineData(Roles.Archivist, Reader, None)]
    [InlineData(Roles.Maintenance, Reader, None)]
    [InlineData(Roles.Finance, Reader, None)]
    [InlineData(Roles.Quality, None, None)]
    [InlineData(Roles.Surveyor, None, None)]
    [InlineData(Roles.Owner, None, None)]
    [InlineData(Roles.Tenant, None, None)]
    [InlineData(Roles.Partner, None, None)]
    public async Task ParkingAndHandoverActions_ByRoleAndEstate_AreAllowedOnlyAsDocumented(string role, string ownEstate, string otherEstate)
    {
        var (own, other) = await EstatesAsync();
        var client = service.Factory.CreateClientWithToken(TestTokens.For(role, own.People.EstateId));

        Assert.Equal(ownEstate, await StatusesAsync(client, own));
        Assert.Equal(otherEstate, await StatusesAsync(client, other));
    }

    private static async Task<string> StatusesAsync(HttpClient client, Estate estate)
    {
        var unitBase = $"{estate.People.Base}/units/{estate.UnitId}";
        var responses = new[]
        {
            await client.GetAsync($"{estate.People.Base}/vehicles"),
            await client.PostAsJsonAsync($"{estate.People.Base}/vehicles",
                new VehicleRequest(estate.UnitId, VehicleHolderKind.Tenant, Guid.NewGuid(), "浙B54321", null), TestJson.Options),
            await client.PostAsJsonAsync($"{estate.People.Base}/vehicles/{estate.VehicleId}/reveal", new RevealPlateRequest("核对停车证"), TestJson.Options),
            await client.GetAsync($"{estate.People.Base}/parking-spaces"),
            await client.PostAsJsonAsync($"{estate.People.Base}/parking-spaces", new ParkingSpaceRequest("P-1", null), TestJson.Options),
            await client.GetAsync($"{unitBase}/access-cards"),
            await client.PostAsJsonAsync($"{unitBase}/access-cards", new AccessCardRequest("C-1", "欧阳振华", new DateOnly(2026, 11, 1)), TestJson.Options),
            await client.GetAsync($"{unitBase}/meter-readings"),
            await client.PostAsJsonAsync($"{unitBase}/meter-readings", new MeterReadingRequest(MeterKind.Water, 1m, new DateOnly(2026, 11, 1)), TestJson.Options),
            await client.GetAsync($"{estate.People.Base}/owners/{estate.OwnerId}/contact-persons"),
            await client.PostAsJsonAsync($"{estate.People.Base}/owners/{estate.OwnerId}/contact-persons",
                new ContactPersonRequest("陈思远", null, "13911112222", new DateOnly(2025, 1, 1)), TestJson.Options),
        };
        return string.Join(' ', responses.Select(r => ((int)r.StatusCode).ToString(CultureInfo.InvariantCulture)));
    }

    private async Task<(Estate, Estate)> EstatesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _estates ??= (await EstateAsync(), await EstateAsync());
            return _estates.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<Estate> EstateAsync()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitId = people.Units[0].Id;
        var owner = await people.RegisterOwnerAsync(PeopleClient.Owner(units: [unitId]));
        var vehicle = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/vehicles",
            new VehicleRequest(unitId, VehicleHolderKind.Owner, owner.Id, "浙A12345", null), TestJson.Options);
        var setUp = new[]
        {
            await people.FrontDesk.PostAsJsonAsync($"{people.Base}/parking-spaces", new ParkingSpaceRequest("P-1", null), TestJson.Options),
            await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/access-cards",
                new AccessCardRequest("C-1", "欧阳振华", new DateOnly(2026, 11, 1)), TestJson.Options),
            await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{unitId}/meter-readings",
                new MeterReadingRequest(MeterKind.Water, 1m, new DateOnly(2026, 11, 1)), TestJson.Options),
        };
        Assert.All([vehicle, .. setUp], r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        return new Estate(people, unitId, owner.Id, (await vehicle.Content.ReadFromJsonAsync<VehicleResponse>(TestJson.Options))!.Id);
    }
}
