using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Authorization;
using PropertyCloud.Web.Security;

namespace PropertyCloud.Web.Api;

/// <summary>
/// Calls the PropertyCloud APIs as the signed-in user: bearer token from the session, Accept-Language from the
/// console's language, problems turned into <see cref="ApiProblemException"/> carrying the API's own message.
/// </summary>
public sealed class GatewayApi(HttpClient http, AuthenticationStateProvider authentication)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<T> GetAsync<T>(string uri, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get, uri, body: null);
        return await SendAsync<T>(request, cancellationToken);
    }

    public async Task<T> PostAsync<T>(string uri, object? body, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Post, uri, body);
        return await SendAsync<T>(request, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string uri, object? body)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var request = new HttpRequestMessage(method, uri);
        if (state.User.FindFirst(SessionClaims.AccessToken)?.Value is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.Name));
        if (method != HttpMethod.Get)
        {
            request.Content = JsonContent.Create(body ?? new object(), options: Json);
        }
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ApiProblemException((int)response.StatusCode, await ProblemMessageAsync(response, cancellationToken));
        }
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private static async Task<string> ProblemMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>(Json, cancellationToken);
            var fields = problem?.Errors?.SelectMany(e => e.Value) ?? [];
            var parts = new[] { problem?.Title, problem?.Detail }.Concat(fields).Where(p => !string.IsNullOrWhiteSpace(p));
            var message = string.Join(" ", parts);
            return message.Length > 0 ? message : response.ReasonPhrase ?? response.StatusCode.ToString();
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? response.StatusCode.ToString();
        }
    }

    private sealed record Problem(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
