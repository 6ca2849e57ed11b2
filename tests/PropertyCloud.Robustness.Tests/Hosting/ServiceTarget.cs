using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Robustness.Tests.OpenApi;

namespace PropertyCloud.Robustness.Tests.Hosting;

/// <summary>One service under attack, hosted by <see cref="ServiceTarget{TProgram}"/>; what the probes ask of it.</summary>
public abstract class ServiceTarget(string name) : IAsyncLifetime
{
    /// <summary>The service's short name, as in its routes (api/&lt;name&gt;/...) and in KnownFailures.txt.</summary>
    public string Name { get; } = name;

    public abstract PropertyCloud.Testing.TestDatabase Database { get; }

    public ServerErrorLog Errors { get; } = new();

    public ApiDocument Document { get; private set; } = null!;

    protected abstract IServiceProvider Services { get; }

    /// <summary>Extra settings for the service (e.g. a background job switched off, so only the probes write to its tables).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected abstract HttpClient CreateRawClient();

    protected abstract Task StartAsync();

    protected abstract Task StopAsync();

    public async Task InitializeAsync()
    {
        await StartAsync();
        var json = await CreateRawClient().GetStringAsync("/openapi/v1.json");
        Document = ApiDocument.Parse(json);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, $"openapi-{Name}.json"), json);
    }

    public HttpClient Client(string? token)
    {
        var client = CreateRawClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>The roles whose token the endpoint's authorisation policy lets in (all of them for anonymous ones).</summary>
    public async Task<IReadOnlyList<string>> AllowedRolesAsync(ApiOperation operation)
    {
        var endpoint = Endpoint(operation);
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return PropertyCloud.BuildingBlocks.Security.Roles.All;
        }
        var policyProvider = Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policyProvider,
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await policyProvider.GetFallbackPolicyAsync();
        if (policy is null)
        {
            return PropertyCloud.BuildingBlocks.Security.Roles.All;
        }
        using var scope = Services.CreateScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var allowed = new List<string>();
        foreach (var role in PropertyCloud.BuildingBlocks.Security.Roles.All)
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(PropertyCloudClaims.Subject, "probe"), new Claim(PropertyCloudClaims.Role, role)],
                "probe", PropertyCloudClaims.Name, PropertyCloudClaims.Role));
            if ((await authorization.AuthorizeAsync(user, null, policy)).Succeeded)
            {
                allowed.Add(role);
            }
        }
        return allowed;
    }

    /// <summary>Whether the operation answers without a token (AllowAnonymous).</summary>
    public bool IsAnonymous(ApiOperation operation) => Endpoint(operation)?.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private RouteEndpoint? Endpoint(ApiOperation operation) =>
        Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .FirstOrDefault(e => ApiDocument.NormalisePath(e.RoutePattern.RawText ?? "") == ApiDocument.NormalisePath(operation.Path)
                && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(operation.Method, StringComparer.OrdinalIgnoreCase) ?? false));

    public Task DisposeAsync() => StopAsync();
}
