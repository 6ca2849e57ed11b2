using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text.Json;
using PropertyCloud.Identity.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>Token requests and JWT reading shared by the tests.</summary>
public static class TokenClient
{
    public const string DemoPassword = "Demo@12345";

    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, params (string Name, string Value)[] parameters) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))));

    public static Task<HttpResponseMessage> PasswordGrantAsync(this HttpClient client, string userName, string password = DemoPassword) =>
        client.RequestTokenAsync(
            ("grant_type", "password"),
            ("client_id", IdentityClients.Cli),
            ("username", userName),
            ("password", password),
            ("scope", "openid profile roles offline_access"));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<string> AccessTokenForAsync(this HttpClient client, string userName, string password = DemoPassword)
    {
        using var response = await client.PasswordGrantAsync(userName, password);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("access_token").GetString()!;
    }

    public static JsonElement Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static JsonElement Payload(string jwt) => Decode(jwt.Split('.')[1]);

    /// <summary>A claim's values whether the JWT holds it as a string, an array, or not at all.</summary>
    public static string[] Values(this JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
        : [value.GetString()!];

    private static JsonElement Decode(string part) => JsonDocument.Parse(Base64Url.DecodeFromChars(part)).RootElement.Clone();
}
