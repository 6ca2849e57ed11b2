namespace PropertyCloud.Partners.Api.Domain;

/// <summary>
/// An internal event as published to partners: the CloudEvents attributes and its data, once without and once with
/// personal fields. Kept at least 30 days so partners can ask for it again.
/// </summary>
public sealed class PublicEvent
{
    /// <summary>The internal event's id, which is also the CloudEvents id.</summary>
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";
    public string Source { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public Guid EstateId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>JSON data without personal fields.</summary>
    public string Data { get; private set; } = "";

    /// <summary>JSON data with personal fields, for partners granted them; null when the event has none.</summary>
    public string? PersonalData { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private PublicEvent() { }

    public static PublicEvent Record(Guid eventId, string type, Uri source, string subject, Guid estateId, DateTimeOffset occurredAt,
        string data, string? personalData, DateTimeOffset now) => new()
    {
        EventId = eventId,
        Type = type,
        Source = source.ToString(),
        Subject = subject,
        EstateId = estateId,
        OccurredAt = occurredAt,
        Data = data,
        PersonalData = personalData == data ? null : personalData,
        RecordedAt = now,
    };

    public string DataFor(bool personalDataGranted) => personalDataGranted && PersonalData is not null ? PersonalData : Data;
}
