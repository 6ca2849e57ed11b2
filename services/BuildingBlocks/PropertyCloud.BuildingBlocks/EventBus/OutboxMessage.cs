using System.Text.Json;
using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>
/// An integration event written in the same transaction as the change that raised it, waiting to be
/// published. Sent rows are kept for a while (<see cref="OutboxOptions.SentRetention"/>) for diagnosis.
/// </summary>
public sealed class OutboxMessage
{
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public Guid EstateId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }

    private OutboxMessage() { }

    internal static OutboxMessage From(IIntegrationEvent integrationEvent) => new()
    {
        EventId = integrationEvent.EventId,
        EventType = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), EventJson.Options),
        EstateId = integrationEvent.EstateId,
        OccurredAt = integrationEvent.OccurredAt,
        NextAttemptAt = integrationEvent.OccurredAt,
    };

    internal void MarkFailed(string error, DateTimeOffset now, TimeSpan maxBackoff)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var backoff = TimeSpan.FromMilliseconds(Math.Min(maxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Attempts - 1)));
        NextAttemptAt = now + backoff;
    }
}
