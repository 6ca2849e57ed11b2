using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>
/// The platform's APIs through the gateway as a demo user (password grant), for what a browser test must set up or
/// move on behind the page: a campaign to answer, a complaint for the desk to acknowledge, a correction to approve.
/// </summary>
public sealed class DemoApi : IDisposable
{
    private readonly HttpClient _http;

    private DemoApi(HttpClient http) => _http = http;

    public static async Task<DemoApi> SignInAsync(WebPlatform platform, string role)
    {
        var http = new HttpClient { BaseAddress = platform.Gateway, Timeout = TimeSpan.FromMinutes(3) };
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "propertycloud-cli",
            ["username"] = role,
            ["password"] = WebPlatform.DemoPassword,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {role}: {body}");
        using var token = JsonDocument.Parse(body);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
        return new DemoApi(http);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, path);
    }

    public async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return await ReadAsync(response, path);
    }

    /// <summary>Like <see cref="PostAsync"/>, but a 409 (already done, e.g. by another test) answers null instead of failing.</summary>
    public async Task<JsonElement?> PostUnlessConflictAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return response.StatusCode == System.Net.HttpStatusCode.Conflict ? null : await ReadAsync(response, path);
    }

    /// <summary>The id of the estate named <paramref name="name"/>, among those the user may see.</summary>
    public async Task<Guid> EstateIdAsync(string name) =>
        (await GetAsync("api/residents/estates?pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string path)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body.Length == 0 ? "null" : body);
        return json.RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
