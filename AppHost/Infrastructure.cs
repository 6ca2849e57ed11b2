using Microsoft.Extensions.Configuration;

namespace PropertyCloud.AppHost;

/// <summary>
/// Where PostgreSQL and RabbitMQ come from. "local" (default): servers already running on this machine
/// (run.sh installs and starts them from Debian packages), reached through connection strings from
/// configuration. "container": Aspire starts them in containers; run.sh picks it only when `docker info` works.
/// </summary>
internal sealed class Infrastructure
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<PostgresServerResource>? _postgres;
    private readonly Dictionary<string, IResourceBuilder<IResourceWithConnectionString>> _databases = [];

    public IResourceBuilder<IResourceWithConnectionString> Broker { get; }

    public bool InContainers => _postgres is not null;

    private Infrastructure(IDistributedApplicationBuilder builder)
    {
        _builder = builder;
        if (string.Equals(builder.Configuration["InfraMode"], "container", StringComparison.OrdinalIgnoreCase))
        {
            _postgres = builder.AddPostgres("postgres").WithDataVolume();
            Broker = builder.AddRabbitMQ("rabbitmq").WithManagementPlugin().WithDataVolume();
        }
        else
        {
            Broker = builder.AddConnectionString("rabbitmq");
        }
    }

    public static Infrastructure Add(IDistributedApplicationBuilder builder) => new(builder);

    public IResourceBuilder<IResourceWithConnectionString> Database(string name)
    {
        if (!_databases.TryGetValue(name, out var database))
        {
            database = _postgres is not null ? _postgres.AddDatabase(name) : _builder.AddConnectionString(name);
            _databases[name] = database;
        }
        return database;
    }
}
