using System.Net;
using Microsoft.Extensions.Localization;
using PropertyCloud.Web.Localization;

namespace PropertyCloud.Web.Api;

/// <summary>
/// Files from the APIs (receipts, XLSX exports) for a plain browser link: the browser has only the console's cookie,
/// so the console fetches <c>/files/api/...</c> from the gateway with the user's own token and passes the file on.
/// A link leaves the Blazor page, so a refusal comes back as a small page with the API's message, not a file of JSON.
/// </summary>
public static class Downloads
{
    public const string Prefix = "files/";
    internal const string Client = "gateway-files";

    public static void AddDownloads(this IServiceCollection services, Uri gateway) =>
        services.AddHttpClient(Client, http => http.BaseAddress = gateway);

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/api/{**path}", DownloadAsync).RequireAuthorization();
        return app;
    }

    /// <summary>The link that downloads <paramref name="apiUri"/> ("api/...") through the console.</summary>
    public static string Link(string apiUri) => Prefix + apiUri;

    /// <summary>The link that downloads <paramref name="apiUri"/> filtered by the list's current <paramref name="filter"/>, if any.</summary>
    public static string Link(string apiUri, string filter, string? value) =>
        Link(string.IsNullOrWhiteSpace(value) ? apiUri : $"{apiUri}?{filter}={Uri.EscapeDataString(value.Trim())}");

    /// <summary>A GET of the gateway as the signed-in user, in the console's language.</summary>
    internal static HttpRequestMessage Request(HttpContext context, string uri) => GatewayRequests.For(context.User, HttpMethod.Get, uri);

    /// <summary>The page shown instead of a file: what went wrong, in the user's language, and the way back.</summary>
    internal static IResult Failed(int status, string message, IStringLocalizer<Texts> texts) => TypedResults.Content(
        $"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(texts["Download.Failed"])}</title></head>
        <body style="font-family:sans-serif;margin:2rem"><h1>{WebUtility.HtmlEncode(texts["Download.Failed"])}</h1>
        <p data-test="download-problem">{WebUtility.HtmlEncode(message)}</p><p><a href="javascript:history.back()">{WebUtility.HtmlEncode(texts["Download.Back"])}</a></p></body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    internal static async Task<IResult> FailedAsync(HttpResponseMessage response, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
        Failed((int)response.StatusCode, await GatewayRequests.ProblemMessageAsync(response, cancellationToken), texts);

    private static async Task<IResult> DownloadAsync(HttpContext context, string path, IHttpClientFactory clients, IStringLocalizer<Texts> texts,
        CancellationToken cancellationToken)
    {
        using var request = Request(context, "api/" + path + context.Request.QueryString);
        using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return await FailedAsync(response, texts, cancellationToken);
        }
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        if (response.Content.Headers.ContentDisposition is { } disposition)
        {
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }
        await response.Content.CopyToAsync(context.Response.Body, cancellationToken);
        return TypedResults.Empty;
    }
}
