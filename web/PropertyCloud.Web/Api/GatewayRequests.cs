using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using PropertyCloud.Web.Security;

namespace PropertyCloud.Web.Api;

/// <summary>What every call from the console to the gateway shares: the user's token, the console's language, and reading a problem answer.</summary>
internal static class GatewayRequests
{
    public static HttpRequestMessage For(ClaimsPrincipal user, HttpMethod method, string uri)
    {
        var request = new HttpRequestMessage(method, uri);
        if (user.FindFirst(SessionClaims.AccessToken)?.Value is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(CultureInfo.CurrentUICulture.Name));
        return request;
    }

    /// <summary>The API's own (already localised) title, detail and field messages, or the status when it sent none.</summary>
    public static async Task<string> ProblemMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>(GatewayApi.Json, cancellationToken);
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
