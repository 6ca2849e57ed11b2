using Microsoft.AspNetCore.Hosting;

namespace PropertyCloud.Identity.FunctionalTests;

/// <summary>The Identity service as in production: demo data switched off.</summary>
public sealed class NoDemoDataFixture : IdentityApiFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DemoData:Enabled", "false");
    }
}
