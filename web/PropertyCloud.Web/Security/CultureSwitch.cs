using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace PropertyCloud.Web.Security;

/// <summary>Switches between 简体中文 and English by the culture cookie, then back to the page the user was on.</summary>
public static class CultureSwitch
{
    public static readonly IReadOnlyList<string> Supported = ["zh-CN", "en-US"];

    public static RedirectHttpResult Apply(HttpContext context, string? culture, string? returnUrl)
    {
        var chosen = Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), SameSite = SameSiteMode.Lax, IsEssential = true });
        return TypedResults.LocalRedirect(SignInExtensions.LocalOrRoot(returnUrl));
    }
}
