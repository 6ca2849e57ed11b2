using System.Net;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class PasswordGrantTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task PasswordGrant_WhenFrontDesk_ReturnsJwtWithRoleAndEmeraldLakeEstate()
    {
        var payload = TokenClient.Payload(await _client.AccessTokenForAsync(Roles.FrontDesk));

        Assert.Equal([Roles.FrontDesk], payload.Values(PropertyCloudClaims.Role));
        Assert.Equal([DemoEstates.EmeraldLake.ToString("D")], payload.Values(PropertyCloudClaims.Estate));
        Assert.Equal(Roles.FrontDesk, payload.Values(PropertyCloudClaims.Name).Single());
        Assert.Equal("前台客服", payload.Values("display_name").Single());
        Assert.True(Guid.TryParse(payload.Values(PropertyCloudClaims.Subject).Single(), out _));
    }

    [Fact]
    public async Task PasswordGrant_WhenEstateManager_CarriesBothEstatesOfCompanyOne()
    {
        var payload = TokenClient.Payload(await _client.AccessTokenForAsync(Roles.EstateManager));

        Assert.Equal(
            new[] { DemoEstates.EmeraldLake, DemoEstates.GoldenOsmanthus }.Select(e => e.ToString("D")).Order(),
            payload.Values(PropertyCloudClaims.Estate).Order());
    }

    [Theory]
    [InlineData(Roles.GroupAdmin)]
    [InlineData(Roles.Quality)]
    public async Task PasswordGrant_WhenGroupWideRole_HasNoEstateClaims(string role)
    {
        var payload = TokenClient.Payload(await _client.AccessTokenForAsync(role));

        Assert.Equal([role], payload.Values(PropertyCloudClaims.Role));
        Assert.Empty(payload.Values(PropertyCloudClaims.Estate));
    }

    [Fact]
    public async Task AccessToken_WhenIssued_IsSignedUnencryptedJwtForOneHourFromIssuer()
    {
        var token = await _client.AccessTokenForAsync(Roles.Finance);
        var header = TokenClient.Header(token);
        var payload = TokenClient.Payload(token);

        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal("http://identity/", payload.GetProperty("iss").GetString());
        Assert.Equal([IdentityScopes.Audience], payload.Values("aud"));
        Assert.Equal([IdentityClients.Cli], payload.Values(PropertyCloudClaims.ClientId));
        Assert.Equal(3600, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
    }

    [Theory]
    [InlineData(Roles.FrontDesk, "wrong-password")]
    [InlineData("nobody", TokenClient.DemoPassword)]
    public async Task PasswordGrant_WhenCredentialsAreWrong_Returns400InvalidGrant(string userName, string password)
    {
        using var response = await _client.PasswordGrantAsync(userName, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task RefreshTokenGrant_WhenOfflineAccessWasGranted_ReturnsFreshAccessToken()
    {
        using var first = await _client.PasswordGrantAsync(Roles.Archivist);
        var refreshToken = (await first.ReadJsonAsync()).GetProperty("refresh_token").GetString()!;

        using var refreshed = await _client.RequestTokenAsync(
            ("grant_type", "refresh_token"), ("client_id", IdentityClients.Cli), ("refresh_token", refreshToken));

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var payload = TokenClient.Payload((await refreshed.ReadJsonAsync()).GetProperty("access_token").GetString()!);
        Assert.Equal([Roles.Archivist], payload.Values(PropertyCloudClaims.Role));
        Assert.Equal([DemoEstates.EmeraldLake.ToString("D")], payload.Values(PropertyCloudClaims.Estate));
    }
}
