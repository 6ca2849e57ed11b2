namespace PropertyCloud.Partners.Api.Domain;

/// <summary>
/// One public event on its way to one partner over one channel. Written in the same transaction as the event, claimed
/// by one dispatcher at a time, and kept with its outcome as the partner's delivery log.
/// </summary>
public sealed class Delivery
{
    public Guid Id { get; private set; }
    public Guid PartnerId { get; private set; }
    public Guid EventId { get; private set; }
    public DeliveryChannel Channel { get; private set; }
    public DeliveryStatus Status { get; private set; }

    /// <summary>The event's time, copied so a replay "from a point in time" is one indexed update.</summary>
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? FirstFailedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? ParkedAt { get; private set; }
    public string? LastError { get; private set; }

    private Delivery() { }

    public static Delivery Schedule(Guid partnerId, PublicEvent publicEvent, DeliveryChannel channel, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnerId = partnerId,
        EventId = publicEvent.EventId,
        Channel = channel,
        Status = DeliveryStatus.Pending,
        OccurredAt = publicEvent.OccurredAt,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkDelivered(DateTimeOffset now)
    {
        Attempts++;
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
    }

    /// <summary>Schedules the next attempt by <paramref name="schedule"/>, or parks the delivery when its window has closed.</summary>
    public void MarkFailed(string error, DateTimeOffset now, RetrySchedule schedule)
    {
        Attempts++;
        FirstFailedAt ??= now;
        LastError = error.Length > 1000 ? error[..1000] : error;
        var next = schedule.NextAttempt(Attempts, FirstFailedAt.Value, now);
        if (next is null)
        {
            Status = DeliveryStatus.Parked;
            ParkedAt = now;
        }
        else
        {
            Status = DeliveryStatus.Retrying;
            NextAttemptAt = next.Value;
        }
    }

    /// <summary>The partner is no longer granted this event: it is not sent (a replay after a new grant sends it).</summary>
    public void Withdraw(DateTimeOffset now)
    {
        Status = DeliveryStatus.Withdrawn;
        LastError = $"Not granted at {now:O}";
    }

    /// <summary>Sends the message again (after parking, or because the partner asked), with a fresh retry window.</summary>
    public void Replay(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
        FirstFailedAt = null;
        ParkedAt = null;
    }
}
