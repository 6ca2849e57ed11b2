using System.Net;
using System.Text;

namespace PropertyCloud.Archives.Api.Apis.Viewing;

/// <summary>
/// A view-only page of a document with a visible watermark naming the reader and the time, repeated across the page
/// (and so across every printed or PDF page): images inline, text documents as their extracted text.
/// </summary>
public static class WatermarkedView
{
    public const long MaxInlineImageBytes = 10L * 1024 * 1024;

    public static string Render(string title, string watermark, string? imageContentType, byte[]? image, string? text)
    {
        var mark = WebUtility.HtmlEncode(watermark);
        var marks = string.Concat(Enumerable.Repeat($"<span>{mark}</span>", 60));
        string body;
        if (image is not null)
        {
            body = $"<img alt=\"{WebUtility.HtmlEncode(title)}\" src=\"data:{imageContentType};base64,{Convert.ToBase64String(image)}\">";
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            body = $"<pre>{WebUtility.HtmlEncode(text)}</pre>";
        }
        else
        {
            body = "<p>此文件没有可在线查看的文字内容，请到档案室查阅。 / This document has no text to view online; read it in the archive office.</p>";
        }
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>
            @page { size: A4; margin: 15mm }
            body { font-family: "Noto Sans CJK SC", sans-serif; position: relative; user-select: none }
            .marks { position: fixed; inset: 0; z-index: 10; pointer-events: none; display: flex; flex-wrap: wrap; gap: 40px 60px;
                     transform: rotate(-30deg); opacity: .18; font-size: 18px; color: #c00; overflow: hidden }
            .banner { border: 1px solid #c00; color: #c00; padding: 4px 8px; margin-bottom: 8px }
            pre { white-space: pre-wrap; font-family: inherit }
            img { max-width: 100% }
            </style></head><body>
            <div class="marks">{{marks}}</div>
            <div class="banner">{{mark}}</div>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            {{body}}
            </body></html>
            """);
        return html.ToString();
    }
}
