using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Residents.Api.Apis.Handover;
using PropertyCloud.Residents.Api.Domain.Handover;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class HandoverTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task IssueAccessCard_WithANumberStillValid_Returns409UntilTheOldCardIsRevoked()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 2);
        var first = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{people.Units[0].Id}/access-cards",
            new AccessCardRequest("mj-0001", "欧阳振华", new DateOnly(2026, 11, 1)), TestJson.Options);
        var card = (await first.Content.ReadFromJsonAsync<AccessCardResponse>(TestJson.Options))!;

        var duplicate = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{people.Units[1].Id}/access-cards",
            new AccessCardRequest("MJ-0001", "邻居王", new DateOnly(2026, 11, 2)), TestJson.Options);
        var revoked = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{people.Units[0].Id}/access-cards/{card.Id}/revoke",
            new RevokeAccessCardRequest(new DateOnly(2026, 11, 20)), TestJson.Options);
        var reissued = await people.FrontDesk.PostAsJsonAsync($"{people.Base}/units/{people.Units[1].Id}/access-cards",
            new AccessCardRequest("MJ-0001", "邻居王", new DateOnly(2026, 11, 21)), TestJson.Options);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Created),
            (first.StatusCode, duplicate.StatusCode, revoked.StatusCode, reissued.StatusCode));
        var cards = await people.FrontDesk.GetFromJsonAsync<List<AccessCardResponse>>($"{people.Base}/units/{people.Units[0].Id}/access-cards", TestJson.Options);
        Assert.Equal(new DateOnly(2026, 11, 20), Assert.Single(cards!).RevokedOn);
    }

    [Fact]
    public async Task ReceiveAndReturnKey_RecordsWhoLeftItWhoTookItInAndWhoGotItBack()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var unitBase = $"{people.Base}/units/{people.Units[0].Id}";
        var received = await people.FrontDesk.PostAsJsonAsync($"{unitBase}/keys",
            new KeyCustodyRequest("入户门钥匙2把", "欧阳振华", new DateOnly(2026, 11, 10)), TestJson.Options);
        var key = (await received.Content.ReadFromJsonAsync<KeyCustodyResponse>(TestJson.Options))!;

        var returned = await people.FrontDesk.PostAsJsonAsync($"{unitBase}/keys/{key.Id}/return",
            new ReturnKeyRequest("欧阳振华", new DateOnly(2026, 11, 15)), TestJson.Options);
        var twice = await people.FrontDesk.PostAsJsonAsync($"{unitBase}/keys/{key.Id}/return",
            new ReturnKeyRequest("欧阳振华", new DateOnly(2026, 11, 16)), TestJson.Options);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (returned.StatusCode, twice.StatusCode));
        var kept = Assert.Single((await people.FrontDesk.GetFromJsonAsync<List<KeyCustodyResponse>>($"{unitBase}/keys", TestJson.Options))!);
        Assert.Equal(("欧阳振华", new DateOnly(2026, 11, 15), "欧阳振华"), (kept.HandedInBy, kept.ReturnedOn, kept.ReturnedTo));
        Assert.False(string.IsNullOrEmpty(kept.ReceivedBy));
        Assert.Equal(kept.ReceivedBy, kept.ReturnedBy);
    }

    [Fact]
    public async Task RecordMeterReading_OncePerMeter_SecondForTheSameMeterReturns409()
    {
        var people = await PeopleClient.CreateAsync(service.Factory, units: 1);
        var readings = $"{people.Base}/units/{people.Units[0].Id}/meter-readings";

        var water = await people.FrontDesk.PostAsJsonAsync(readings, new MeterReadingRequest(MeterKind.Water, 12.5m, new DateOnly(2026, 11, 1)), TestJson.Options);
        var power = await people.FrontDesk.PostAsJsonAsync(readings, new MeterReadingRequest(MeterKind.Electricity, 305.25m, new DateOnly(2026, 11, 1)), TestJson.Options);
        var again = await people.FrontDesk.PostAsJsonAsync(readings, new MeterReadingRequest(MeterKind.Water, 13m, new DateOnly(2026, 11, 2)), TestJson.Options);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict), (water.StatusCode, power.StatusCode, again.StatusCode));
        var recorded = await people.As(BuildingBlocks.Security.Roles.Finance).GetFromJsonAsync<List<MeterReadingResponse>>(readings, TestJson.Options);
        Assert.Equal([(MeterKind.Electricity, 305.25m), (MeterKind.Water, 12.5m)], recorded!.Select(r => (r.Meter, r.Reading)));
    }
}
