using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>
/// Another PropertyCloud service validating Identity's tokens the way the services are meant to:
/// issuer http://identity/, metadata and keys fetched through Aspire service discovery.
/// </summary>
public sealed class ServiceTokenValidationTests(KestrelIdentityApiFixture identity)
    : IClassFixture<KestrelIdentityApiFixture>, IAsyncLifetime
{
    private WebApplication _service = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        // What Aspire's WithReference(identity) injects as services__identity__http__0.
        builder.Configuration["services:identity:http:0"] = identity.Address.ToString();
        builder.AddServiceDefaults();

        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer("http://identity/");
            validation.AddAudiences(IdentityScopes.Audience);
            validation.UseSystemNetHttp();
            validation.UseAspNetCore();
        });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorization();

        _service = builder.Build();
        _service.MapGet("/whoami", (ClaimsPrincipal user) => user.FindFirstValue(PropertyCloudClaims.Role)).RequireAuthorization();
        await _service.StartAsync();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task OtherService_WhenBearerTokenFromIdentity_AcceptsItThroughServiceDiscovery()
    {
        var token = await identity.CreateClient().AccessTokenForAsync(Roles.Surveyor);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await _service.GetTestClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Roles.Surveyor, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OtherService_WhenNoToken_Returns401()
    {
        using var response = await _service.GetTestClient().GetAsync("/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
