namespace PropertyCloud.BuildingBlocks.EventBus;

/// <summary>Records that a consumer has applied an event, so a redelivery is recognised and skipped.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }
    public string Consumer { get; init; } = "";
    public DateTimeOffset HandledAt { get; init; }
}
