using System.Globalization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using PropertyCloud.Web.Api;
using PropertyCloud.Web.Infrastructure;
using PropertyCloud.Web.Localization;
using PropertyCloud.Web.Security;

namespace PropertyCloud.Web.Extensions;

internal static class Extensions
{
    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en-US")];

    /// <summary>Blazor with MudBlazor, zh-CN/en-US texts, sign-in through Identity and the API clients.</summary>
    public static void AddWebConsole(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddTransient<MudLocalizer, MudTexts>();
        builder.Services.AddRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The cookie set by the language switch wins; the browser's language is not consulted, so zh-CN is the default.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // The gateway is the only way in; it says which host and scheme the browser used.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });

        builder.AddSharedDataProtectionKeys();
        builder.AddIdentitySignIn();
        builder.AddGatewayApi();
    }
}
