namespace PropertyCloud.Robustness.Tests.Hosting;

/// <summary>A <see cref="ServiceTarget"/> for the service whose entry point is <typeparamref name="TProgram"/>.</summary>
public abstract class ServiceTarget<TProgram>(string name, string connectionName) : ServiceTarget(name, connectionName)
    where TProgram : class
{
    private RobustnessFactory<TProgram> _factory = null!;

    protected override IServiceProvider Services => _factory.Services;

    protected override HttpClient CreateRawClient() => _factory.CreateClient();

    protected override void Start(IReadOnlyDictionary<string, string?> settings)
    {
        _factory = new RobustnessFactory<TProgram>(settings, Errors);
        _ = _factory.Server;
    }

    protected override async ValueTask StopAsync() => await _factory.DisposeAsync();
}
