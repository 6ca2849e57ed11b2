using System.Net;
using System.Net.Http.Headers;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>Two instances on one database, as when the service is scaled out.</summary>
public sealed class MultipleInstancesTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    [Fact]
    public async Task SecondInstance_WhenGivenTokensOfTheFirst_AcceptsAccessAndRefreshTokens()
    {
        var first = fixture.CreateClient();
        await using var secondInstance = fixture.WithWebHostBuilder(_ => { });
        var second = secondInstance.CreateClient();

        using var issued = await first.PasswordGrantAsync(Roles.Surveyor);
        var body = await issued.ReadJsonAsync();

        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        using var meResponse = await second.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, meResponse.StatusCode);

        using var refreshed = await second.RequestTokenAsync(
            ("grant_type", "refresh_token"),
            ("client_id", IdentityClients.Cli),
            ("refresh_token", body.GetProperty("refresh_token").GetString()!));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }
}
