using System.Net;
using System.Net.Http.Headers;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class EndpointAccessTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task Discovery_WhenAnonymous_AnswersWithIssuerHttpIdentity()
    {
        using var response = await _client.GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        Assert.Equal("http://identity/", document.GetProperty("issuer").GetString());
        Assert.Contains("S256", document.Values("code_challenge_methods_supported"));
    }

    [Fact]
    public async Task Jwks_WhenAnonymous_PublishesTheRsaSigningKey()
    {
        using var response = await _client.GetAsync("/.well-known/jwks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = Assert.Single((await response.ReadJsonAsync()).GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
    }

    [Theory]
    [InlineData("/api/identity/me")]
    [InlineData("/connect/userinfo")]
    public async Task ProtectedEndpoint_WhenNoToken_Returns401(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WhenBearerToken_ReturnsRolesAndEstates()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _client.AccessTokenForAsync(Roles.Maintenance));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.ReadJsonAsync();
        Assert.Equal(Roles.Maintenance, me.GetProperty("name").GetString());
        Assert.Equal([Roles.Maintenance], me.Values("roles"));
        Assert.Equal([DemoEstates.EmeraldLake.ToString("D")], me.Values("estates"));
    }

    [Fact]
    public async Task UserInfo_WhenBearerToken_ReturnsProfileRolesAndEstates()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _client.AccessTokenForAsync(Roles.Owner));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = await response.ReadJsonAsync();
        Assert.Equal("业主", claims.GetProperty("display_name").GetString());
        Assert.Equal([Roles.Owner], claims.Values(PropertyCloudClaims.Role));
        Assert.Equal([DemoEstates.EmeraldLake.ToString("D")], claims.Values(PropertyCloudClaims.Estate));
    }

    [Fact]
    public async Task Me_WhenTokenIsTampered_Returns401()
    {
        var token = await _client.AccessTokenForAsync(Roles.Tenant);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
