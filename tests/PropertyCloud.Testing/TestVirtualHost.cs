namespace PropertyCloud.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so its exchanges and queues never meet another
/// test's (or a running system's). Created and deleted through <see cref="BrokerManagement"/>.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    public string Name { get; } = $"pc-test-{Guid.NewGuid():N}";

    /// <summary>Connection string for this vhost through <paramref name="port"/> (a <see cref="TcpProxy"/>'s, or the broker's).</summary>
    public string ConnectionString(int port = TestInfrastructure.RabbitPort) =>
        $"amqp://{TestInfrastructure.User}:{TestInfrastructure.Password}@{TestInfrastructure.RabbitHost}:{port}/{Name}";

    public Uri HostAddress(int port = TestInfrastructure.RabbitPort) => new(ConnectionString(port));

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var vhost = new TestVirtualHost();
        await BrokerManagement.CreateVirtualHostAsync(vhost.Name);
        return vhost;
    }

    /// <summary>The queues of this vhost as the management API lists them (name, type, messages, ...).</summary>
    public Task<System.Text.Json.JsonElement> QueuesAsync() => BrokerManagement.QueuesAsync(Name);

    public async ValueTask DisposeAsync() => await BrokerManagement.DeleteVirtualHostAsync(Name);
}
