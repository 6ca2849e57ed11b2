using System.Net;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class ClientCredentialsTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task ClientCredentials_WhenDemoPartner_TokenCarriesPartnerRoleAndAllDemoEstates()
    {
        using var response = await _client.RequestTokenAsync(
            ("grant_type", "client_credentials"), ("client_id", IdentityClients.DemoPartner), ("client_secret", "Demo@12345"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = TokenClient.Payload((await response.ReadJsonAsync()).GetProperty("access_token").GetString()!);
        Assert.Equal([Roles.Partner], payload.Values(PropertyCloudClaims.Role));
        Assert.Equal(DemoEstates.All.Select(e => e.ToString("D")).Order(), payload.Values(PropertyCloudClaims.Estate).Order());
        Assert.Equal([IdentityClients.DemoPartner], payload.Values(PropertyCloudClaims.ClientId));
        Assert.Equal([IdentityClients.DemoPartner], payload.Values(PropertyCloudClaims.Subject));
    }

    [Fact]
    public async Task ClientCredentials_WhenSecretIsWrong_Returns401InvalidClient()
    {
        using var response = await _client.RequestTokenAsync(
            ("grant_type", "client_credentials"), ("client_id", IdentityClients.DemoPartner), ("client_secret", "nope"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ClientCredentials_WhenPublicCliClientAsks_IsRefused()
    {
        using var response = await _client.RequestTokenAsync(("grant_type", "client_credentials"), ("client_id", IdentityClients.Cli));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
