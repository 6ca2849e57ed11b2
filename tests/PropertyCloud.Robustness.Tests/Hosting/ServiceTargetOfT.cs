using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PropertyCloud.Testing;

namespace PropertyCloud.Robustness.Tests.Hosting;

/// <summary>
/// A <see cref="ServiceTarget"/> for the service whose entry point is <typeparamref name="TProgram"/>: a
/// <see cref="ServiceUnderTest{TProgram}"/> (own database and virtual host, test tokens) that also keeps the errors it logs.
/// </summary>
public abstract class ServiceTarget<TProgram> : ServiceTarget where TProgram : class
{
    private readonly Host _service;

    protected ServiceTarget(string name, string connectionName) : base(name) => _service = new Host(this, connectionName);

    public override TestDatabase Database => _service.Database;

    protected override IServiceProvider Services => _service.Factory.Services;

    protected override HttpClient CreateRawClient() => _service.Factory.CreateClient();

    protected override Task StartAsync() => _service.InitializeAsync();

    protected override Task StopAsync() => _service.DisposeAsync();

    private sealed class Host(ServiceTarget<TProgram> target, string connectionName) : ServiceUnderTest<TProgram>(target.Name, connectionName)
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(target.Settings) { ["Logging:LogLevel:Default"] = "Warning" };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(target.Errors);
    }
}
