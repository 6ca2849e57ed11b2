using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PropertyCloud.Testing;

namespace PropertyCloud.Robustness.Tests.Hosting;

/// <summary>Like <see cref="ServiceFactory{TProgram}"/>, and also keeps the errors the service logs.</summary>
public sealed class RobustnessFactory<TProgram>(IReadOnlyDictionary<string, string?> settings, ServerErrorLog errors)
    : WebApplicationFactory<TProgram> where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(errors));
        builder.ConfigureTestServices(TestTokens.Trust);
    }
}
