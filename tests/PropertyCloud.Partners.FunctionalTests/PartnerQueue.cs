using System.Text;
using System.Text.Json;
using PropertyCloud.Testing;
using RabbitMQ.Client;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>Reads a partner's queue on the public exchange the way a partner would, with its own AMQP connection.</summary>
public sealed class PartnerQueue(IConnection connection, IChannel channel, string queue) : IAsyncDisposable
{
    public static async Task<PartnerQueue> OpenAsync(TestVirtualHost virtualHost, string queue)
    {
        var connection = await new ConnectionFactory { Uri = virtualHost.HostAddress() }.CreateConnectionAsync();
        return new PartnerQueue(connection, await connection.CreateChannelAsync(), queue);
    }

    /// <summary>Takes every message now in the queue, as parsed CloudEvents JSON.</summary>
    public async Task<List<JsonElement>> DrainAsync()
    {
        var messages = new List<JsonElement>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            messages.Add(JsonDocument.Parse(Encoding.UTF8.GetString(message.Body.Span)).RootElement.Clone());
        }
        return messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived and returns all that did.</summary>
    public async Task<List<JsonElement>> ReceiveAsync(int count)
    {
        var received = new List<JsonElement>();
        await Eventually.TrueAsync(async () =>
        {
            received.AddRange(await DrainAsync());
            return received.Count >= count;
        }, because: $"the partner queue {queue} did not receive {count} messages");
        return received;
    }

    /// <summary>Deletes the queue, as an operator's mistake would.</summary>
    public Task DeleteAsync() => channel.QueueDeleteAsync(queue);

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
