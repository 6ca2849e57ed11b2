using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Gateway.Extensions;

internal static class Extensions
{
    public static void AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.AddClientRateLimiting();
        builder.Services.Configure<ForwardedHeadersOptions>(options => TrustConfiguredProxies(options, builder.Configuration));
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
    }

    /// <summary>
    /// X-Forwarded-* is believed only from the proxies in front of the gateway (loopback unless "ForwardedHeaders"
    /// names others, e.g. the ingress controller's network): from anyone else it would let a client pick its own
    /// address and so its own rate-limit bucket.
    /// </summary>
    private static void TrustConfiguredProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        var trusted = configuration.GetSection("ForwardedHeaders");
        foreach (var network in trusted.GetSection("KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        foreach (var proxy in trusted.GetSection("KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
    }
}
