namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// One rung of the ladder for one breached target. Its key (order, target, level) and <see cref="RaisedAt"/> make each
/// rung fire once, however many timer instances look at it.
/// </summary>
public sealed class SlaEscalation
{
    public Guid RepairOrderId { get; private set; }
    public SlaTarget Target { get; private set; }
    public int Level { get; private set; }
    public EscalationRecipient Notify { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? RaisedAt { get; private set; }

    /// <summary>The target was met before this rung was due, so nobody more was told.</summary>
    public bool Dropped { get; private set; }

    private SlaEscalation() { }

    internal SlaEscalation(Guid repairOrderId, SlaTarget target, int level, EscalationRecipient notify, DateTimeOffset dueAt)
    {
        RepairOrderId = repairOrderId;
        Target = target;
        Level = level;
        Notify = notify;
        DueAt = dueAt;
    }

    /// <summary>Fires the rung; false (and dropped) when the target has been met by now.</summary>
    public bool Raise(SlaDeadline deadline, DateTimeOffset now)
    {
        RaisedAt = now;
        Dropped = deadline.MetAt is not null;
        return !Dropped;
    }
}
