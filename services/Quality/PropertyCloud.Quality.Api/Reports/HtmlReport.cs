using System.Net;
using System.Text;

namespace PropertyCloud.Quality.Api.Reports;

/// <summary>Renders a monthly report as a self-contained HTML page (printable to PDF from any browser).</summary>
internal static class HtmlReport
{
    public static string Render(ReportContent report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(Encode(report.Title)).Append("</title>")
            .Append("<style>@page{size:A4;margin:15mm}body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #999;padding:4px 8px}td.n{text-align:right}</style>")
            .Append("</head><body><h1>").Append(Encode(report.Title)).Append("</h1>");
        html.Append("<h2>汇总 Summary</h2><table><tr>");
        foreach (var header in ReportColumns.SummaryHeaders)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }
        html.Append("</tr>");
        foreach (var (name, value) in ReportColumns.Summary(report.Totals))
        {
            html.Append("<tr><td>").Append(Encode(name)).Append("</td><td class=\"n\">").Append(Encode(ReportColumns.Text(value))).Append("</td></tr>");
        }
        html.Append("</table><h2>小区排名 Estates by score</h2><table><tr>");
        foreach (var header in ReportColumns.EstateHeaders)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }
        html.Append("</tr>");
        foreach (var row in ReportColumns.Estates(report.Estates))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell is string ? "<td>" : "<td class=\"n\">").Append(Encode(ReportColumns.Text(cell))).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table></body></html>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
