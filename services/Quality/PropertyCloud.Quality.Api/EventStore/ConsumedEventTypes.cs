using System.Text.Json;
using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Quality.Api.EventStore;

/// <summary>The event types Quality consumes, found by the name they are stored under, so a replay can read them back.</summary>
public sealed class ConsumedEventTypes(IEnumerable<Type> types)
{
    private readonly Dictionary<string, Type> _byName = types.ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public IIntegrationEvent Read(StoredEvent stored)
    {
        var type = _byName.GetValueOrDefault(stored.Type)
            ?? throw new InvalidOperationException($"Stored event {stored.EventId} has unknown type {stored.Type}.");
        return (IIntegrationEvent)(JsonSerializer.Deserialize(stored.Payload, type, StoredEventJson.Options)
            ?? throw new InvalidOperationException($"Stored event {stored.EventId} is empty."));
    }
}
