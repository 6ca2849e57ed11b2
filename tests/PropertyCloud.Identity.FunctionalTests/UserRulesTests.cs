using System.Net;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Users;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class UserRulesTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private readonly HttpClient _anonymous = fixture.CreateClient();

    public static TheoryData<string[], Guid[], string, int> BrokenAccess => new()
    {
        { [Roles.Quality], [DemoEstates.EmeraldLake], "estates", 422 },
        { [Roles.GroupAdmin, Roles.FrontDesk], [DemoEstates.EmeraldLake], "estates", 422 },
        { [Roles.FrontDesk], [], "estates", 422 },
        { [Roles.Owner], [DemoEstates.EmeraldLake], "roles", 422 },
        { [Roles.Partner], [DemoEstates.EmeraldLake], "roles", 422 },
        { ["janitor"], [DemoEstates.EmeraldLake], "roles[0]", 400 },
        { [], [DemoEstates.EmeraldLake], "roles", 400 },
        { [Roles.FrontDesk], [Guid.Empty], "estates[0]", 400 },
    };

    [Theory]
    [MemberData(nameof(BrokenAccess))]
    public async Task CreateUser_WhenRolesAndEstatesDoNotFit_NamesTheField(string[] roles, Guid[] estates, string field, int status)
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);

        using var response = await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest($"r{Guid.NewGuid():N}"[..12], "规则", roles, estates, null));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Theory]
    [InlineData("""{"userName":"a b","displayName":"x","roles":["front_desk"],"estates":["00000000-0000-0000-0000-000000000001"]}""", "userName")]
    [InlineData("""{"userName":"ab","displayName":"x","roles":["front_desk"],"estates":["not-a-guid"]}""", "estates[0]")]
    [InlineData("""{"userName":"ab","displayName":"","roles":["front_desk"],"estates":["00000000-0000-0000-0000-000000000001"]}""", "displayName")]
    public async Task CreateUser_WhenFieldIsMalformed_Returns400NamingIt(string body, string field)
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);

        using var response = await admin.PostAsync("/api/identity/users", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Theory]
    [InlineData("zh-CN", "密码至少 8 位")]
    [InlineData("en-US", "at least 8 characters")]
    public async Task CreateUser_WhenPasswordIsWeak_Returns422NamingPasswordInTheCallersLanguage(string language, string text)
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin, language);

        using var response = await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest($"p{Guid.NewGuid():N}"[..12], "弱密码", [Roles.FrontDesk], [DemoEstates.EmeraldLake], "abc123"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("password")[0].GetString();
        Assert.Contains(text, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupAdmin_WhenDisablingOrDemotingThemselves_Returns422()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var me = await (await admin.GetAsync("/api/identity/me")).ReadJsonAsync();
        var myId = me.GetProperty("subject").GetString();

        using var disable = await admin.PostAsync($"/api/identity/users/{myId}/disable", null);
        using var demote = await admin.PutAsJsonAsync($"/api/identity/users/{myId}/access", new UserAccessRequest([Roles.Quality], []));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, disable.StatusCode);
        Assert.Equal("user.cannot_disable_self", (await disable.ReadJsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);
        Assert.True((await demote.ReadJsonAsync()).GetProperty("errors").TryGetProperty("roles", out _));
        using var stillAdmin = await admin.GetAsync("/api/identity/users");
        Assert.Equal(HttpStatusCode.OK, stillAdmin.StatusCode);
    }

    [Fact]
    public async Task PasswordGrant_WhenFiveWrongPasswordsInARow_LocksTheAccountUntilAPasswordReset()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var created = await admin.CreateFrontDeskAsync(DemoEstates.EmeraldLake);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await _anonymous.PasswordGrantAsync(created.User.UserName, "Wrong@12345");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var right = await _anonymous.PasswordGrantAsync(created.User.UserName, created.InitialPassword!);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        var user = await admin.GetFromJsonAsync<UserResponse>($"/api/identity/users/{created.User.Id}", TestJson.Options);
        Assert.True(user!.LockedOut);
        Assert.Equal(AccountStatus.LockedOut, user.Status);
        Assert.NotNull(user.LockedOutUntil);
        using var reset = await admin.PostAsJsonAsync($"/api/identity/users/{created.User.Id}/password", new ResetPasswordRequest("Unlocked@2026"));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        using var afterReset = await _anonymous.PasswordGrantAsync(created.User.UserName, "Unlocked@2026");
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
    }

    [Fact]
    public async Task PasswordGrant_WhenFourWrongPasswordsThenTheRightOne_SignsIn()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var created = await admin.CreateFrontDeskAsync(DemoEstates.EmeraldLake);
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await _anonymous.PasswordGrantAsync(created.User.UserName, "Wrong@12345");
        }

        using var right = await _anonymous.PasswordGrantAsync(created.User.UserName, created.InitialPassword!);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}
