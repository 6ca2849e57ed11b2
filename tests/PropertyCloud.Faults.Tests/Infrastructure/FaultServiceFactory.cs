using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Testing;

namespace PropertyCloud.Faults.Tests.Infrastructure;

/// <summary>
/// Hosts one service in-process on the private infrastructure, trusting <see cref="TestTokens"/>, with room for test
/// services (e.g. an exception handler the lead has not registered platform-wide yet).
/// </summary>
public sealed class FaultServiceFactory<TProgram>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The faults make the services log plenty of expected errors; keep the test output readable.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical");
        builder.UseSetting("Logging:LogLevel:MassTransit", "Critical");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            TestTokens.Trust(services);
            configure?.Invoke(services);
        });
    }

    public HttpClient ClientFor(string role, params Guid[] estates)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.For(role, estates));
        return client;
    }
}
