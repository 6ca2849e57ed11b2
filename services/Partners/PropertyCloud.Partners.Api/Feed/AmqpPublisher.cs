using System.Collections.Concurrent;
using PropertyCloud.Partners.Api.Domain;
using RabbitMQ.Client;

namespace PropertyCloud.Partners.Api.Feed;

/// <summary>
/// Publishes partner messages on the public topic exchange <see cref="DeliveryOptions.Exchange"/>, with publisher
/// confirms and the mandatory flag: a message counts as delivered only once the broker has put it in a queue.
/// Each partner's durable queue is declared and bound to its grants (estate × type) before its first message.
/// Partners never see the internal MassTransit exchanges.
/// </summary>
public sealed class AmqpPublisher(IConfiguration configuration) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<Guid, string> _declared = new();
    private IConnection? _connection;
    private IChannel? _channel;

    public async Task PublishAsync(Partner partner, PublicEvent publicEvent, PartnerMessage message, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            await DeclareQueueAsync(channel, partner, cancellationToken);
            var properties = new BasicProperties
            {
                MessageId = publicEvent.EventId.ToString("D"),
                Type = publicEvent.Type,
                ContentType = message.ContentType,
                Persistent = true,
                Timestamp = new AmqpTimestamp(publicEvent.OccurredAt.ToUnixTimeSeconds()),
            };
            await channel.BasicPublishAsync(DeliveryOptions.Exchange, partner.RoutingKey(publicEvent.EstateId, publicEvent.Type),
                mandatory: true, properties, message.Body, cancellationToken);
        }
        catch
        {
            await ResetAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Declares the partner's queue and bindings now, so it can connect before its first message.</summary>
    public async Task DeclareQueueAsync(Partner partner, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await DeclareQueueAsync(await ChannelAsync(cancellationToken), partner, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a change of grants: binds the new keys and unbinds those no longer granted.</summary>
    public async Task RebindQueueAsync(Partner partner, IReadOnlyCollection<string> previousKeys, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            _declared.TryRemove(partner.Id, out _);
            await DeclareQueueAsync(channel, partner, cancellationToken);
            foreach (var key in previousKeys.Except(partner.BindingKeys()))
            {
                await channel.QueueUnbindAsync(partner.QueueName, DeliveryOptions.Exchange, key, cancellationToken: cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }
        await ResetAsync();
        var factory = new ConnectionFactory
        {
            Uri = new Uri(configuration.GetConnectionString("rabbitmq")
                ?? throw new InvalidOperationException("Connection string 'rabbitmq' is missing.")),
            ClientProvidedName = "propertycloud-partners-feed",
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await _channel.ExchangeDeclareAsync(DeliveryOptions.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: cancellationToken);
        return _channel;
    }

    private async Task DeclareQueueAsync(IChannel channel, Partner partner, CancellationToken cancellationToken)
    {
        var keys = partner.BindingKeys().Order(StringComparer.Ordinal).ToList();
        var signature = string.Join('\n', keys);
        if (_declared.TryGetValue(partner.Id, out var declared) && declared == signature)
        {
            return;
        }
        await channel.QueueDeclareAsync(partner.QueueName, durable: true, exclusive: false, autoDelete: false,
            cancellationToken: cancellationToken);
        foreach (var key in keys)
        {
            await channel.QueueBindAsync(partner.QueueName, DeliveryOptions.Exchange, key, cancellationToken: cancellationToken);
        }
        _declared[partner.Id] = signature;
    }

    private async Task ResetAsync()
    {
        _declared.Clear();
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
            _channel = null;
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _gate.Dispose();
    }
}
