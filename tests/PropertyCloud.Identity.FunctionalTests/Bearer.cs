using System.Net.Http.Headers;
using System.Net.Http.Json;
using PropertyCloud.Identity.Api.Users;
using PropertyCloud.Testing;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>Clients carrying a real access token of this Identity server, and the user administration calls the tests share.</summary>
public static class Bearer
{
    public static async Task<HttpClient> ClientForAsync(this IdentityApiFixture fixture, string userName, string? language = null)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.DemoTokenAsync(userName));
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return client;
    }

    public static async Task<CreatedUser> CreateUserAsync(this HttpClient admin, CreateUserRequest request)
    {
        using var response = await admin.PostAsJsonAsync("/api/identity/users", request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedUser>(TestJson.Options))!;
    }

    /// <summary>A front-desk account of one estate with a generated password and a unique user name.</summary>
    public static Task<CreatedUser> CreateFrontDeskAsync(this HttpClient admin, Guid estate) =>
        admin.CreateUserAsync(new CreateUserRequest($"fd-{Guid.NewGuid():N}"[..16], "前台 测试", ["front_desk"], [estate], null));
}
