using System.Text.Json;
using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Quality.Api.EventStore;

/// <summary>
/// An event exactly as it arrived, kept so every read model can be rebuilt by replaying the store in
/// <see cref="Position"/> order.
/// </summary>
public sealed class StoredEvent
{
    public long Position { get; private set; }
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";
    public Guid EstateId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Payload { get; private set; } = "";
    public DateTimeOffset StoredAt { get; private set; }

    private StoredEvent() { }

    public static StoredEvent Of(IIntegrationEvent integrationEvent, DateTimeOffset now) => new()
    {
        EventId = integrationEvent.EventId,
        Type = integrationEvent.GetType().FullName!,
        EstateId = integrationEvent.EstateId,
        OccurredAt = integrationEvent.OccurredAt.ToUniversalTime(),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), StoredEventJson.Options),
        StoredAt = now,
    };
}
