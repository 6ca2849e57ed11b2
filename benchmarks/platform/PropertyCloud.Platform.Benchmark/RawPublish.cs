using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;

namespace PropertyCloud.Platform.Benchmark;

/// <summary>
/// The ceiling for the outbox relay: how fast this machine's broker takes persistent messages of an event's size
/// with publisher confirms (what the relay waits for before it marks a row sent), from one connection.
/// </summary>
internal static class RawPublish
{
    private const int InFlight = 256;

    public static async Task<int> RunAsync(string amqpUri, int messages)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var queue = $"bench.raw-publish.{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        try
        {
            // About the size of a UnitRegistered event as the relay sends it (JSON envelope included).
            var body = Encoding.UTF8.GetBytes(new string('x', 900));
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
            await PublishAsync(channel, queue, body, properties, Math.Min(2_000, messages)); // warm-up
            await channel.QueuePurgeAsync(queue);

            var clock = Stopwatch.StartNew();
            await PublishAsync(channel, queue, body, properties, messages);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"result: raw publish {messages} {seconds:F2} {messages / seconds:F0}");
            Console.WriteLine($"raw publish with confirms: {messages:N0} persistent messages of {body.Length} bytes in {seconds:F2} s ({messages / seconds:N0} msg/s)");
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
        }
        return 0;
    }

    private static async Task PublishAsync(IChannel channel, string queue, byte[] body, BasicProperties properties, int messages)
    {
        var pending = new List<Task>(InFlight);
        for (var i = 0; i < messages; i++)
        {
            pending.Add(channel.BasicPublishAsync("", queue, mandatory: false, properties, body).AsTask());
            if (pending.Count == InFlight)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }
        await Task.WhenAll(pending);
    }
}
