using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Authorization;

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
        var request = GatewayRequests.For(state.User, method, uri);
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
            throw new ApiProblemException((int)response.StatusCode, await GatewayRequests.ProblemMessageAsync(response, cancellationToken));
        }
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }
}
