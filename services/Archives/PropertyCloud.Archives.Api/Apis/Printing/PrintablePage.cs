using System.Net;
using System.Text;

namespace PropertyCloud.Archives.Api.Apis.Printing;

/// <summary>A self-contained HTML page laid out for A4 printing (the browser's "print to PDF" gives the PDF).</summary>
public sealed class PrintablePage(string title)
{
    private readonly StringBuilder _body = new();

    public PrintablePage Heading(string text) => Append($"<h2>{Encode(text)}</h2>");

    public PrintablePage Facts(params (string Label, string Value)[] facts) =>
        Append("<dl>" + string.Concat(facts.Select(f => $"<dt>{Encode(f.Label)}</dt><dd>{Encode(f.Value)}</dd>")) + "</dl>");

    public PrintablePage Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string empty)
    {
        var body = string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{Encode(c)}</td>")) + "</tr>"));
        return Append(body.Length == 0
            ? $"<p class=\"empty\">{Encode(empty)}</p>"
            : $"<table><thead><tr>{string.Concat(headers.Select(h => $"<th>{Encode(h)}</th>"))}</tr></thead><tbody>{body}</tbody></table>");
    }

    public string Render(string language) => $$"""
        <!DOCTYPE html>
        <html lang="{{language}}"><head><meta charset="utf-8"><title>{{Encode(title)}}</title>
        <style>
          @page { size: A4; margin: 15mm; }
          body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 11pt; color: #000; }
          h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; margin-top: 1.2em; }
          dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; } dt { font-weight: bold; }
          table { width: 100%; border-collapse: collapse; } th, td { border: 1px solid #000; padding: 3px 6px; text-align: left; }
          thead { display: table-header-group; } tr { page-break-inside: avoid; } .empty { font-style: italic; }
        </style></head>
        <body><h1>{{Encode(title)}}</h1>{{_body}}</body></html>
        """;

    private PrintablePage Append(string html)
    {
        _body.Append(html);
        return this;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
