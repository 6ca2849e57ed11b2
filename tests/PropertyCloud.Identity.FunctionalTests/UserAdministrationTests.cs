using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Users;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class UserAdministrationTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private readonly HttpClient _anonymous = fixture.CreateClient();

    [Fact]
    public async Task CreateUser_WhenGroupAdmin_CreatedUserSignsInWithItsRolesAndEstates()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var estates = new[] { DemoEstates.EmeraldLake, DemoEstates.GoldenOsmanthus };

        var created = await admin.CreateUserAsync(new CreateUserRequest("li.na", "李娜", [Roles.FrontDesk, Roles.Finance], estates, null));

        Assert.Equal("li.na", created.User.UserName);
        Assert.Equal([Roles.FrontDesk, Roles.Finance], created.User.Roles);
        Assert.Equal(estates.Order(), created.User.Estates);
        Assert.False(created.User.Disabled);
        Assert.NotNull(created.InitialPassword);
        using var token = await _anonymous.PasswordGrantAsync("li.na", created.InitialPassword);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var payload = TokenClient.Payload((await token.ReadJsonAsync()).GetProperty("access_token").GetString()!);
        Assert.Equal([Roles.Finance, Roles.FrontDesk], payload.Values(PropertyCloudClaims.Role).Order(StringComparer.Ordinal));
        Assert.Equal(estates.Select(e => e.ToString("D")).Order(), payload.Values(PropertyCloudClaims.Estate).Order());
        Assert.Equal("李娜", payload.Values("display_name").Single());
        Assert.Equal(created.User.Id.ToString("D"), payload.Values(PropertyCloudClaims.Subject).Single());
    }

    [Fact]
    public async Task CreateUser_WhenPasswordIsChosen_ReturnsNoPasswordAndTheChosenOneWorks()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);

        var created = await admin.CreateUserAsync(new CreateUserRequest("quality.wang", "王督导", [Roles.Quality], [], "Quality@2026"));

        Assert.Null(created.InitialPassword);
        Assert.Empty(created.User.Estates);
        using var token = await _anonymous.PasswordGrantAsync("quality.wang", "Quality@2026");
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Theory]
    [InlineData("front_desk")]
    [InlineData("FRONT_DESK")]
    public async Task CreateUser_WhenUserNameIsTaken_Returns409NamingUserName(string userName)
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);

        using var response = await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest(userName, "重名", [Roles.FrontDesk], [DemoEstates.EmeraldLake], null));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("userName", out _));
    }

    [Theory]
    [InlineData(Roles.EstateManager)]
    [InlineData(Roles.Quality)]
    [InlineData(Roles.FrontDesk)]
    [InlineData(Roles.Owner)]
    public async Task UsersApi_WhenCallerIsNotGroupAdmin_Returns403(string role)
    {
        var client = await fixture.ClientForAsync(role);

        using var list = await client.GetAsync("/api/identity/users");
        using var create = await client.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest($"x{Guid.NewGuid():N}"[..12], "x", [Roles.FrontDesk], [DemoEstates.EmeraldLake], null));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task UsersApi_WhenNoToken_Returns401()
    {
        using var response = await _anonymous.GetAsync("/api/identity/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Disable_WhenUserHoldsRefreshToken_RefusesSignInAndRefreshUntilEnabled()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var created = await admin.CreateFrontDeskAsync(DemoEstates.EmeraldLake);
        var userName = created.User.UserName;
        using var first = await _anonymous.PasswordGrantAsync(userName, created.InitialPassword!);
        var refreshToken = (await first.ReadJsonAsync()).GetProperty("refresh_token").GetString()!;

        using var disabled = await admin.PostAsJsonAsync($"/api/identity/users/{created.User.Id}/disable", new DisableUserRequest("离职"));

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(AccountStatus.Disabled, (await disabled.Content.ReadFromJsonAsync<UserResponse>(TestJson.Options))!.Status);
        var listed = await admin.GetFromJsonAsync<PagedResult<UserResponse>>($"/api/identity/users?search={userName}&status=Disabled", TestJson.Options);
        Assert.Equal(created.User.Id, Assert.Single(listed!.Items).Id);
        using var signIn = await _anonymous.PasswordGrantAsync(userName, created.InitialPassword!);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal("invalid_grant", (await signIn.ReadJsonAsync()).GetProperty("error").GetString());
        using var refresh = await _anonymous.RequestTokenAsync(
            ("grant_type", "refresh_token"), ("client_id", IdentityClients.Cli), ("refresh_token", refreshToken));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);

        using var enabled = await admin.PostAsync($"/api/identity/users/{created.User.Id}/enable", null);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        using var again = await _anonymous.PasswordGrantAsync(userName, created.InitialPassword!);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var audit = (await admin.GetFromJsonAsync<List<UserAuditResponse>>($"/api/identity/users/{created.User.Id}/audit", TestJson.Options))!;
        Assert.Equal(["enabled", "disabled", "created"], audit.Select(a => a.Action));
        Assert.All(audit, entry => Assert.Equal(Roles.GroupAdmin, entry.ActorName));
        Assert.Contains("离职", audit[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeAccess_WhenEstatesAndRolesChange_NextTokenCarriesTheNewOnes()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var created = await admin.CreateFrontDeskAsync(DemoEstates.EmeraldLake);

        using var changed = await admin.PutAsJsonAsync($"/api/identity/users/{created.User.Id}/access",
            new UserAccessRequest([Roles.Archivist], [DemoEstates.GoldenOsmanthus]));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var payload = TokenClient.Payload(await _anonymous.AccessTokenForAsync(created.User.UserName, created.InitialPassword!));
        Assert.Equal([Roles.Archivist], payload.Values(PropertyCloudClaims.Role));
        Assert.Equal([DemoEstates.GoldenOsmanthus.ToString("D")], payload.Values(PropertyCloudClaims.Estate));
        var audit = await admin.GetFromJsonAsync<List<UserAuditResponse>>($"/api/identity/users/{created.User.Id}/audit", TestJson.Options);
        Assert.Contains("front_desk → archivist", audit![0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_WhenGenerated_NewPasswordWorksAndOldOneNoLonger()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var created = await admin.CreateFrontDeskAsync(DemoEstates.EmeraldLake);

        using var reset = await admin.PostAsJsonAsync($"/api/identity/users/{created.User.Id}/password", new ResetPasswordRequest(null));

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = (await reset.Content.ReadFromJsonAsync<PasswordReset>(TestJson.Options))!.Password!;
        using var old = await _anonymous.PasswordGrantAsync(created.User.UserName, created.InitialPassword!);
        using var fresh = await _anonymous.PasswordGrantAsync(created.User.UserName, password);
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task ListUsers_WhenSearchingAndFiltering_PagesTheMatchingAccounts()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await admin.CreateUserAsync(new CreateUserRequest($"s{marker}{i}", $"搜索{marker}", [Roles.Finance], [DemoEstates.GoldenOsmanthus], null));
        }

        var page = await admin.GetFromJsonAsync<PagedResult<UserResponse>>(
            $"/api/identity/users?search={marker}&role=finance&estateId={DemoEstates.GoldenOsmanthus}&page=2&pageSize=2", TestJson.Options);
        var none = await admin.GetFromJsonAsync<PagedResult<UserResponse>>(
            $"/api/identity/users?search={marker}&role=archivist", TestJson.Options);

        Assert.Equal(3, page!.Total);
        Assert.Equal($"s{marker}2", Assert.Single(page.Items).UserName);
        Assert.Equal(0, none!.Total);
    }

    [Fact]
    public async Task GetUser_WhenUnknown_Returns404()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);

        using var response = await admin.GetAsync($"/api/identity/users/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
