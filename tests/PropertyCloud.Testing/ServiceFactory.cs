using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PropertyCloud.Testing;

/// <summary>
/// Hosts one service in-process against the real PostgreSQL and RabbitMQ with the given settings
/// (connection strings, options) and trusting <see cref="TestTokens"/>; <paramref name="configureServices"/> may
/// replace services (a fake clock, a logger provider) after the service's own registrations.
/// </summary>
public sealed class ServiceFactory<TProgram>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            TestTokens.Trust(services);
            configureServices?.Invoke(services);
        });
    }

    public HttpClient CreateClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
