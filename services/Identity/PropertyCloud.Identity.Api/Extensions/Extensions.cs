using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Validation.AspNetCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Demo;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Api.Partners;
using PropertyCloud.Identity.Api.Seed;
using PropertyCloud.Identity.Api.Tokens;
using PropertyCloud.Identity.Api.Users;

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

        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.Services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 8;
                // Both sign-in paths (login page, password grant) count failures: five in a row lock the account for 15 minutes.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager<StaffSignInManager>();
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
                .Build())
            .AddPolicy(UsersApi.ManageUsersPolicy, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.GroupAdmin));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.Configure<UserExportOptions>(builder.Configuration.GetSection("Identity:UserExport"));
        builder.Services.AddAntiforgery();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<TokenPrincipalFactory>();
        builder.Services.AddScoped<ClientSeeder>();
        builder.Services.AddScoped<DemoUserSeeder>();
        builder.Services.AddHostedService<IdentityDbInitializer>();
        builder.AddPartnerClientEvents();
    }
}
