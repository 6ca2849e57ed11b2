using System.Net.Http.Headers;
using PropertyCloud.Web.Security;

namespace PropertyCloud.Web.Api;

/// <summary>
/// Files from the APIs (receipts, XLSX exports) for a plain browser link: the browser has only the console's cookie,
/// so the console fetches <c>/files/api/...</c> from the gateway with the user's own token and passes the file on.
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

    /// <summary>A GET of the gateway as the signed-in user, in the console's language.</summary>
    internal static HttpRequestMessage Request(HttpContext context, string uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (context.User.FindFirst(SessionClaims.AccessToken)?.Value is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        request.Headers.AcceptLanguage.ParseAdd(System.Globalization.CultureInfo.CurrentUICulture.Name);
        return request;
    }

    private static async Task DownloadAsync(HttpContext context, string path, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        using var request = Request(context, "api/" + path + context.Request.QueryString);
        using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        if (response.Content.Headers.ContentDisposition is { } disposition)
        {
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }
        await response.Content.CopyToAsync(context.Response.Body, cancellationToken);
    }
}
