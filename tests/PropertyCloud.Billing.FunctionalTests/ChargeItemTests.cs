using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class ChargeItemTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    [Fact]
    public async Task DefineChargeItem_ThenRevise_ListsTheNewPrice()
    {
        var item = await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 2.80m);

        var revised = await FinanceDesk.ReadAsync<ChargeItemResponse>(await _desk.Client.PutAsJsonAsync(
            $"{_desk.Estate}/charge-items/{item.Id}", new ChargeItemRequest("物业管理费", ChargeKind.ManagementFee, 3.10m, null)), HttpStatusCode.OK);

        Assert.Equal(3.10m, revised.Rate);
        var list = await _desk.Client.GetFromJsonAsync<List<ChargeItemResponse>>($"{_desk.Estate}/charge-items", TestJson.Options);
        Assert.Equal(3.10m, Assert.Single(list!).Rate);
    }

    [Fact]
    public async Task DefineChargeItem_WhenNameTaken_Returns409()
    {
        await _desk.ChargeItemAsync("水费", ChargeKind.Water, 2.90m);

        var response = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/charge-items",
            new ChargeItemRequest("水费", ChargeKind.Water, 3m, null));

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.Conflict);
        Assert.True(errors.TryGetProperty("name", out _), errors.ToString());
    }

    [Fact]
    public async Task DefineChargeItem_WhenFieldsInvalid_Returns400NamingEachField()
    {
        var response = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/charge-items",
            new ChargeItemRequest("", ChargeKind.ManagementFee, 0m, null));

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("name", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("rate", out _), errors.ToString());
    }

    [Fact]
    public async Task DefineChargeItem_WithTiersOnManagementFee_Returns422NamingTiers()
    {
        var response = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/charge-items",
            new ChargeItemRequest("物业费", ChargeKind.ManagementFee, 2m, [new PriceTier(100, 2m), new PriceTier(null, 3m)]));

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(errors.TryGetProperty("tiers", out _), errors.ToString());
    }

    [Fact]
    public async Task ReviseChargeItem_WhenUnknown_Returns404()
    {
        var response = await _desk.Client.PutAsJsonAsync($"{_desk.Estate}/charge-items/{Guid.NewGuid()}",
            new ChargeItemRequest("电费", ChargeKind.Electricity, 0.6m, null));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RetireChargeItem_KeepsItListedAsInactive()
    {
        var item = await _desk.ChargeItemAsync("停车费", ChargeKind.Parking, 150m);

        var response = await _desk.Client.DeleteAsync($"{_desk.Estate}/charge-items/{item.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var again = await _desk.Client.GetFromJsonAsync<ChargeItemResponse>($"{_desk.Estate}/charge-items/{item.Id}", TestJson.Options);
        Assert.False(again!.Active);
    }

    [Theory]
    [InlineData(Roles.Finance, HttpStatusCode.Created, HttpStatusCode.OK)]
    [InlineData(Roles.EstateManager, HttpStatusCode.Created, HttpStatusCode.OK)]
    [InlineData(Roles.GroupAdmin, HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData(Roles.Quality, HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData(Roles.FrontDesk, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Owner, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task RoleMatrix_WriteAndRead(string role, HttpStatusCode write, HttpStatusCode read)
    {
        var client = _desk.ClientAs(role);

        var defined = await client.PostAsJsonAsync($"{_desk.Estate}/charge-items",
            new ChargeItemRequest($"项目-{role}", ChargeKind.OneOff, 10m, null));
        var listed = await client.GetAsync($"{_desk.Estate}/charge-items");

        Assert.Equal(write, defined.StatusCode);
        Assert.Equal(read, listed.StatusCode);
    }

    [Fact]
    public async Task ListChargeItems_ForFinanceOfAnotherEstate_Returns403()
    {
        var response = await _desk.Client.GetAsync($"/api/billing/estates/{Guid.NewGuid()}/charge-items");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
