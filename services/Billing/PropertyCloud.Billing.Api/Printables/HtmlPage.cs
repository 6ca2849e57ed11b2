using System.Net;
using System.Text;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>
/// A printable A4 page in Chinese. HTML rather than PDF: browsers render and print it with the reader's own CJK
/// fonts, so servers need none installed.
/// </summary>
internal sealed class HtmlPage(string title)
{
    private readonly StringBuilder _body = new();

    public HtmlPage Heading(string text) => Append($"<h1>{Encode(text)}</h1>");

    public HtmlPage Paragraph(string text) => Append($"<p>{Encode(text)}</p>");

    public HtmlPage Fields(params (string Label, string Value)[] fields)
    {
        _body.Append("<dl>");
        foreach (var (label, value) in fields)
        {
            _body.Append($"<dt>{Encode(label)}</dt><dd>{Encode(value)}</dd>");
        }
        return Append("</dl>");
    }

    public HtmlPage Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append("<table><thead><tr>").AppendJoin("", headers.Select(h => $"<th>{Encode(h)}</th>")).Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _body.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{Encode(c)}</td>")).Append("</tr>");
        }
        return Append("</tbody></table>");
    }

    public override string ToString() => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{{Encode(title)}}</title>
        <style>
        @page { size: A4; margin: 15mm; }
        body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; font-size: 11pt; }
        h1 { text-align: center; font-size: 18pt; }
        dl { display: grid; grid-template-columns: 8em 1fr; gap: 2mm 4mm; }
        dt { font-weight: bold; }
        table { width: 100%; border-collapse: collapse; margin-top: 6mm; }
        th, td { border: 1px solid #333; padding: 1.5mm 2mm; text-align: left; }
        </style></head>
        <body>{{_body}}</body></html>
        """;

    private HtmlPage Append(string html)
    {
        _body.Append(html);
        return this;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
