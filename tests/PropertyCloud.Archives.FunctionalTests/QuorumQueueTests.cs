using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Archives configured for a RabbitMQ cluster declares its queues as quorum queues.</summary>
public sealed class QuorumQueueTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new("archives");
    private TestVirtualHost _virtualHost = null!;
    private ServiceFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync();
        _factory = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:archivesdb"] = _database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _virtualHost.ConnectionString(),
            ["EventBus:QuorumQueues"] = "true",
        });
        _ = _factory.Server;
    }

    [Fact]
    public async Task ReceiveEndpoints_WhenQuorumQueuesAreConfigured_AreQuorumQueues()
    {
        var queue = await Eventually.GetAsync(async () =>
        {
            var queues = await _virtualHost.QueuesAsync();
            return queues.EnumerateArray().FirstOrDefault(q => q.GetProperty("name").GetString()!.Contains("unit-registered", StringComparison.Ordinal)) is { ValueKind: System.Text.Json.JsonValueKind.Object } found
                ? (System.Text.Json.JsonElement?)found
                : null;
        });

        Assert.Equal("quorum", queue!.Value.GetProperty("type").GetString());
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }
}
