namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// One SLA target of one order: due when, met when, breach raised when. Its key (order, target) is what
/// makes a breach count once, however many timer instances look at it.
/// </summary>
public sealed class SlaDeadline
{
    public Guid RepairOrderId { get; private set; }
    public SlaTarget Target { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? MetAt { get; private set; }
    public DateTimeOffset? BreachedAt { get; private set; }

    private SlaDeadline() { }

    internal SlaDeadline(Guid repairOrderId, SlaTarget target, DateTimeOffset dueAt)
    {
        RepairOrderId = repairOrderId;
        Target = target;
        DueAt = dueAt;
    }

    internal void Meet(DateTimeOffset now) => MetAt ??= now;

    /// <summary>Records the breach; false when it was already recorded or the target was met in time.</summary>
    public bool Breach(DateTimeOffset now)
    {
        if (BreachedAt is not null || (MetAt is not null && MetAt <= DueAt) || now < DueAt)
        {
            return false;
        }
        BreachedAt = now;
        return true;
    }
}
