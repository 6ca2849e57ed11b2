using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Validation.AspNetCore;
using PropertyCloud.Identity.Api.Demo;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Api.Partners;
using PropertyCloud.Identity.Api.Seed;
using PropertyCloud.Identity.Api.Tokens;

namespace PropertyCloud.Identity.Api.Extensions;

internal static class Extensions
{
    /// <summary>Database, ASP.NET Core Identity, the OpenIddict server, the login page and start-up seeding.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IdentityDb>("identitydb",
            configureDbContextOptions: options => options.UseSnakeCaseNamingConvention());

        // Shared key ring, so a login cookie or anti-forgery token from one instance is valid at another.
        builder.Services.AddDataProtection()
            .SetApplicationName("PropertyCloud.Identity")
            .PersistKeysToDbContext<IdentityDb>();

        builder.Services.AddIdentity<ApplicationUser, IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDb>();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "propertycloud.identity";
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/connect/endsession";
        });

        builder.AddOpenIddictServer();

        // Anything mapped later is closed unless it says otherwise: a bearer token from this server.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .Build());
        builder.Services.AddAntiforgery();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<TokenPrincipalFactory>();
        builder.Services.AddScoped<ClientSeeder>();
        builder.Services.AddScoped<DemoUserSeeder>();
        builder.Services.AddHostedService<IdentityDbInitializer>();
        builder.AddPartnerClientEvents();
    }
}
