using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using PropertyCloud.Web.Localization;

namespace PropertyCloud.Web.Api;

/// <summary>
/// Calls the PropertyCloud APIs as the signed-in user: bearer token from the session, Accept-Language from the
/// console's language, problems turned into <see cref="ApiProblemException"/> carrying the API's own message — and so is a
/// service that cannot be reached or does not answer in time, so that a page says so instead of losing its circuit.
/// </summary>
public sealed class GatewayApi(HttpClient http, AuthenticationStateProvider authentication, IStringLocalizer<Texts> texts)
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

    /// <summary>Replaces what <paramref name="uri"/> names; the API answers with no content.</summary>
    public async Task PutAsync(string uri, object body, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Put, uri, body);
        await SendWithoutAnswerAsync(request, cancellationToken);
    }

    /// <summary>Deletes (retires) what <paramref name="uri"/> names; the API answers with no content.</summary>
    public async Task DeleteAsync(string uri, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Delete, uri, body: null);
        await SendWithoutAnswerAsync(request, cancellationToken);
    }

    private async Task SendWithoutAnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        // Anything but the page's own cancellation: the connection failed, or the resilience pipeline gave up (timeout, open circuit).
        catch (Exception unreachable) when (unreachable is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, texts["Api.Unavailable"]);
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new ApiProblemException((int)response.StatusCode, await GatewayRequests.ProblemMessageAsync(response, cancellationToken));
            }
        }
        return response;
    }

    /// <summary>Posts a multipart form (a file and its fields), as the Archives API takes documents.</summary>
    public async Task<T> PostFormAsync<T>(string uri, MultipartFormDataContent form, CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        using var request = GatewayRequests.For(state.User, HttpMethod.Post, uri);
        request.Content = form;
        return await SendAsync<T>(request, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string uri, object? body)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var request = GatewayRequests.For(state.User, method, uri);
        if (method == HttpMethod.Post || method == HttpMethod.Put)
        {
            request.Content = JsonContent.Create(body ?? new object(), options: Json);
        }
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(request, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }
}
