using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PropertyCloud.Identity.Api.Account;

/// <summary>Renders the sign-in form (server-side HTML, anti-forgery token included).</summary>
public static class LoginPage
{
    // The default encoder escapes every non-Latin character; Chinese text should stay readable in the source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static ContentHttpResult Render(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? userName, bool failed)
    {
        var texts = LoginTexts.For(context.Request);
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = Html;
        var error = failed ? $"""<p class="error" role="alert">{html.Encode(texts.InvalidCredentials)}</p>""" : "";

        var page = $$"""
            <!DOCTYPE html>
            <html lang="{{texts.Language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{html.Encode(texts.Title)}}</title>
              <style>
                body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f6f8; }
                form { max-width: 22rem; margin: 10vh auto; padding: 2rem; background: #fff; border-radius: .5rem; }
                label, input, button { display: block; width: 100%; box-sizing: border-box; }
                input { margin: .25rem 0 1rem; padding: .5rem; }
                button { padding: .6rem; }
                .error { color: #b00020; }
              </style>
            </head>
            <body>
              <form method="post" action="/account/login">
                <h1>{{html.Encode(texts.Title)}}</h1>
                {{error}}
                <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="ReturnUrl" value="{{html.Encode(returnUrl)}}">
                <label for="UserName">{{html.Encode(texts.UserName)}}</label>
                <input id="UserName" name="UserName" autocomplete="username" required value="{{html.Encode(userName ?? "")}}">
                <label for="Password">{{html.Encode(texts.Password)}}</label>
                <input id="Password" name="Password" type="password" autocomplete="current-password" required>
                <button type="submit">{{html.Encode(texts.SignIn)}}</button>
              </form>
            </body>
            </html>
            """;
        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }
}
