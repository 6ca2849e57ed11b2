using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>The Identity service on a real loopback port, so that another host can reach it over HTTP.</summary>
public sealed class KestrelIdentityApiFixture : IdentityApiFixture
{
    public Uri Address { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return Task.CompletedTask;
    }
}
