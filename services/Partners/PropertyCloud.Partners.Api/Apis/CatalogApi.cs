using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.Partners.Api.Catalog;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>
/// The published event catalogue. Open without a token: it describes what may be subscribed to, and holds no data;
/// prospective partners read it before they have credentials.
/// </summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/partners/catalog").WithTags("Catalog").AllowAnonymous();
        api.MapGet("/", Page);
        api.MapGet("/types", ListTypes);
        api.MapGet("/asyncapi", AsyncApi);
        return api;
    }

    public static ContentHttpResult Page() => TypedResults.Content(CatalogPage.Render(), "text/html; charset=utf-8");

    public static Ok<IReadOnlyList<EventTypeResponse>> ListTypes() =>
        TypedResults.Ok<IReadOnlyList<EventTypeResponse>>([.. PublicEventCatalog.All.Select(t =>
            new EventTypeResponse(t.Name, t.Source.ToString(), t.Summary.ToString(), t.PersonalFields, EventSchemas.DataSchema(t), EventSchemas.Example(t)))]);

    public static ContentHttpResult AsyncApi() => TypedResults.Content(AsyncApiDocument.Build().ToJsonString(Readable), "application/json");

    // Served as JSON, never inside HTML: no need to escape '+' or quotes for a browser's script parser.
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
