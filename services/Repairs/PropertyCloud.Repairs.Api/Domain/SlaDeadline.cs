namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// One SLA target of one order: time allowed, due when (derived from the order's timeline by <see cref="SlaClock"/>),
/// met when, breach raised when. Its key (order, target) is what makes a breach count once, however many timer
/// instances look at it.
/// </summary>
public sealed class SlaDeadline
{
    public Guid RepairOrderId { get; private set; }
    public SlaTarget Target { get; private set; }

    /// <summary>SLA time allowed for the target, in minutes (of service hours for normal urgency).</summary>
    public int AllowedMinutes { get; private set; }

    /// <summary>When the allowed time runs out; while <see cref="Paused"/>, the last due time known before the pause.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The order's clock stands still for a recorded reason; the timer does not look at paused targets.</summary>
    public bool Paused { get; private set; }

    public DateTimeOffset? MetAt { get; private set; }
    public DateTimeOffset? BreachedAt { get; private set; }

    private SlaDeadline() { }

    internal SlaDeadline(Guid repairOrderId, SlaTarget target, int allowedMinutes)
    {
        RepairOrderId = repairOrderId;
        Target = target;
        AllowedMinutes = allowedMinutes;
    }

    internal void Allow(int minutes) => AllowedMinutes = minutes;

    /// <summary>Takes the due time worked out from the timeline; null means the clock is paused.</summary>
    internal void Reschedule(DateTimeOffset? dueAt)
    {
        Paused = dueAt is null;
        DueAt = dueAt ?? DueAt;
    }

    internal void Meet(DateTimeOffset now)
    {
        MetAt ??= now;
        Paused = false;
    }

    /// <summary>Records the breach; false when it was already recorded, the target was met in time, or the clock is paused.</summary>
    public bool Breach(DateTimeOffset now)
    {
        if (Paused || BreachedAt is not null || (MetAt is not null && MetAt <= DueAt) || now < DueAt)
        {
            return false;
        }
        BreachedAt = now;
        return true;
    }
}
