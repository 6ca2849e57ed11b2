using System.Net;
using System.Text;
using System.Text.Json;

namespace PropertyCloud.Partners.Api.Catalog;

/// <summary>The human event catalogue: every public type with its summary, data schema and an example.</summary>
public static class CatalogPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render()
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>PropertyCloud 事件目录 / Event catalogue</title>
            <style>body{font-family:sans-serif;max-width:960px;margin:2em auto}pre{background:#f5f5f5;padding:1em;overflow:auto}</style>
            </head><body><h1>PropertyCloud 事件目录 / Event catalogue</h1>
            <p>CloudEvents 1.0 (structured JSON). AsyncAPI: <a href="/api/partners/catalog/asyncapi">/api/partners/catalog/asyncapi</a></p>
            <ul>
            """);
        foreach (var type in PublicEventCatalog.All)
        {
            html.Append(CultureInvariant($"<li><a href=\"#{Encode(type.Name)}\">{Encode(type.Name)}</a> — {Encode(type.Summary.English)}</li>"));
        }
        html.Append("</ul>");
        foreach (var type in PublicEventCatalog.All)
        {
            html.Append(CultureInvariant($"""
                <section id="{Encode(type.Name)}"><h2>{Encode(type.Name)}</h2><p>{Encode(type.Summary.English)} Source: <code>{Encode(type.Source.ToString())}</code></p>
                <h3>Data schema</h3><pre>{Encode(EventSchemas.DataSchema(type).ToJsonString(Indented))}</pre>
                <h3>Example</h3><pre>{Encode(EventSchemas.Example(type).ToJsonString(Indented))}</pre></section>
                """));
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
