using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PropertyCloud.Identity.Api.Account;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Apis;

/// <summary>The sign-in page used by the authorization code flow (cookie session on this server only).</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapGet("/login", ShowLogin);
        account.MapPost("/login", Login); // [FromForm] makes the anti-forgery middleware check the token.
        return app;
    }

    public static ContentHttpResult ShowLogin(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        LoginPage.Render(context, antiforgery, LocalOrRoot(returnUrl), userName: null, failed: false);

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> Login(
        HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn, [FromForm] LoginForm form)
    {
        var returnUrl = LocalOrRoot(form.ReturnUrl);
        var result = await signIn.PasswordSignInAsync(form.UserName ?? "", form.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? TypedResults.LocalRedirect(returnUrl)
            : LoginPage.Render(context, antiforgery, returnUrl, form.UserName, failed: true);
    }

    /// <summary>Only paths on this server, so the form cannot be used as an open redirect.</summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/account/login";
}
