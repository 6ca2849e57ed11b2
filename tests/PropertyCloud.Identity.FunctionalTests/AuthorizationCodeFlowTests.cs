using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed partial class AuthorizationCodeFlowTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private const string RedirectUri = "http://localhost:8080/signin-oidc";

    private readonly HttpClient _browser = fixture.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    [Fact]
    public async Task AuthorizationCode_WhenUserSignsInWithPkce_CodeExchangesForTokenOfThatUser()
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        using var authorize = await _browser.GetAsync(AuthorizeUrl(("code_challenge", challenge), ("code_challenge_method", "S256")));
        Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
        var loginUrl = authorize.Headers.Location!;
        Assert.Equal("/account/login", loginUrl.AbsolutePath);

        using var loginPage = await _browser.GetAsync(loginUrl);
        var (antiforgery, returnUrl) = ReadForm(await loginPage.Content.ReadAsStringAsync());
        using var login = await PostLoginAsync(antiforgery, returnUrl, Roles.FrontDesk, TokenClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/connect/authorize?", login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var authorized = await _browser.GetAsync(login.Headers.Location);
        Assert.Equal(HttpStatusCode.Found, authorized.StatusCode);
        var callback = authorized.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("xyz", query["state"]);

        using var token = await _browser.RequestTokenAsync(
            ("grant_type", "authorization_code"),
            ("client_id", IdentityClients.Web),
            ("code", query["code"].ToString()),
            ("redirect_uri", RedirectUri),
            ("code_verifier", verifier));

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var body = await token.ReadJsonAsync();
        var access = TokenClient.Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal([Roles.FrontDesk], access.Values(PropertyCloudClaims.Role));
        Assert.Equal([DemoEstates.EmeraldLake.ToString("D")], access.Values(PropertyCloudClaims.Estate));
        var identity = TokenClient.Payload(body.GetProperty("id_token").GetString()!);
        Assert.Equal([Roles.FrontDesk], identity.Values(PropertyCloudClaims.Role));
        Assert.True(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Authorize_WhenCodeChallengeIsMissing_Returns400InvalidRequest()
    {
        using var authorize = await _browser.GetAsync(AuthorizeUrl());

        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
        Assert.Contains("error:invalid_request", await authorize.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_WhenPostLogoutUriIsRegistered_RedirectsThere()
    {
        using var response = await _browser.GetAsync(QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["client_id"] = IdentityClients.Web,
            ["post_logout_redirect_uri"] = "http://localhost:8080/signout-callback-oidc",
            ["state"] = "bye",
        }));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("http://localhost:8080/signout-callback-oidc", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "用户名")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "用户名")]
    [InlineData("en-US,en;q=0.9,zh-CN;q=0.8", "User name")]
    public async Task LoginPage_WhenAcceptLanguageGiven_SpeaksThePreferredLanguage(string? acceptLanguage, string label)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(label, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WhenPasswordIsWrong_ShowsTheFormAgainWithoutSigningIn()
    {
        using var page = await _browser.GetAsync("/account/login");
        var (antiforgery, returnUrl) = ReadForm(await page.Content.ReadAsStringAsync());

        using var login = await PostLoginAsync(antiforgery, returnUrl, Roles.Finance, "wrong-password");

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("用户名或密码错误", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WhenAntiforgeryTokenIsMissing_Returns400()
    {
        using var login = await PostLoginAsync(antiforgery: null, "/", Roles.Finance, TokenClient.DemoPassword);

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    private static string AuthorizeUrl(params (string Name, string Value)[] extra)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = IdentityClients.Web,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid profile roles offline_access",
            ["state"] = "xyz",
        };
        foreach (var (name, value) in extra)
        {
            parameters[name] = value;
        }

        return QueryHelpers.AddQueryString("/connect/authorize", parameters);
    }

    private Task<HttpResponseMessage> PostLoginAsync(string? antiforgery, string returnUrl, string userName, string password)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ReturnUrl", returnUrl),
            new("UserName", userName),
            new("Password", password),
        };
        if (antiforgery is not null)
        {
            fields.Add(new("__RequestVerificationToken", antiforgery));
        }

        return _browser.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    private static (string Antiforgery, string ReturnUrl) ReadForm(string html) => (
        WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value),
        WebUtility.HtmlDecode(ReturnUrlField().Match(html).Groups[1].Value));

    [GeneratedRegex("""name="__RequestVerificationToken" value="([^"]*)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""name="ReturnUrl" value="([^"]*)">""")]
    private static partial Regex ReturnUrlField();
}
