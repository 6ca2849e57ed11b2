using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace PropertyCloud.Testing;

/// <summary>
/// One service hosted in-process on a database and RabbitMQ virtual host of its own, trusting
/// <see cref="TestTokens"/>. Derive a parameterless fixture per service, e.g.
/// <c>public sealed class BillingService() : ServiceUnderTest&lt;Program&gt;("billing", "billingdb");</c>
/// </summary>
public abstract class ServiceUnderTest<TProgram>(string databasePrefix, string connectionName) : IAsyncLifetime
    where TProgram : class
{
    public TestDatabase Database { get; } = new(databasePrefix);
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<TProgram> Factory { get; private set; } = null!;

    /// <summary>Extra settings for the service (options, feature switches).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Services to add or replace after the service's own registrations (a fake clock, a logger provider).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        var settings = new Dictionary<string, string?>(Settings)
        {
            [$"ConnectionStrings:{connectionName}"] = Database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = VirtualHost.ConnectionString(),
        };
        Factory = new ServiceFactory<TProgram>(settings, ConfigureServices);
        _ = Factory.Server;
    }

    public HttpClient ClientFor(string role, params Guid[] estates) => Factory.CreateClientWithToken(TestTokens.For(role, estates));

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
