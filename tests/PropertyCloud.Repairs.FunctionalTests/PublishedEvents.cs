using System.Collections.Concurrent;
using MassTransit;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>Every event the service published, as received from the broker, with its message id.</summary>
public sealed class PublishedEvents
{
    private readonly ConcurrentQueue<(object Message, Guid? MessageId)> _received = new();

    public void Listen<T>(IReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue((context.Message, context.MessageId));
            return Task.CompletedTask;
        });

    public IReadOnlyList<T> Of<T>(Func<T, bool>? where = null) =>
        [.. _received.Select(r => r.Message).OfType<T>().Where(where ?? (_ => true))];

    /// <summary>The first matching event received so far, or null (for <c>Eventually.GetAsync</c>).</summary>
    public T? FirstOf<T>(Func<T, bool> where) where T : class => _received.Select(r => r.Message).OfType<T>().FirstOrDefault(where);

    public IReadOnlyList<Guid?> MessageIdsOf<T>(Func<T, bool> where) =>
        [.. _received.Where(r => r.Message is T m && where(m)).Select(r => r.MessageId)];
}
