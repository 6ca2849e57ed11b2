using PropertyCloud.Repairs.Api.Domain.Rules;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The SLA side of a repair order: pauses for recorded reasons and changes of category or urgency.</summary>
public sealed partial class RepairOrder
{
    public bool IsPaused => Pauses.Any(p => p.IsOpen);

    /// <summary>
    /// 004 篇4: a water failure not fixed within 2 hours means a notice to residents; power and elevator emergencies
    /// follow the same rule. The resolution breach of such an order is the signal.
    /// </summary>
    public bool NeedsResidentNoticeWhenUnresolved =>
        Urgency == RepairUrgency.Emergency && Category is RepairCategory.Plumbing or RepairCategory.Electrical or RepairCategory.Elevator;

    /// <summary>Normal-urgency targets count the estate's service hours; emergencies and urgent repairs the clock.</summary>
    public bool CountsServiceHours => Urgency == RepairUrgency.Normal;

    /// <summary>
    /// Stops the SLA clock for a recorded reason (waiting for parts, resident absent, no access); only between
    /// dispatch and completion, once at a time.
    /// </summary>
    public void PauseSla(SlaPauseReason reason, string? note, string pausedBy, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "pause",
            RepairOrderStatus.Dispatched, RepairOrderStatus.Accepted, RepairOrderStatus.OnSite);
        SlaPauseNeedsRunningClock.CheckCanPause(IsPaused);
        (_pauses ??= []).Add(new SlaPause(reason, note, pausedBy, now));
        foreach (var deadline in _deadlines.Where(d => d.MetAt is null))
        {
            deadline.Reschedule(null);
        }
    }

    /// <summary>Restarts the clock; the unmet targets are due later by the time it stood still.</summary>
    public void ResumeSla(string resumedBy, BusinessCalendar calendar, DateTimeOffset now)
    {
        SlaPauseNeedsRunningClock.CheckCanResume(IsPaused);
        EndPause(resumedBy, now);
        Reschedule(calendar);
    }

    /// <summary>
    /// Changes category or urgency and takes the SLA in force for the new pair. Time already spent and paused stays
    /// counted: the new due times are worked out from intake along the same timeline.
    /// </summary>
    public void Reclassify(RepairCategory category, RepairUrgency urgency, SlaTimes sla, BusinessCalendar calendar, string changedBy, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "reclassify",
            RepairOrderStatus.Open, RepairOrderStatus.Dispatched, RepairOrderStatus.Accepted, RepairOrderStatus.OnSite);
        (_reclassifications ??= []).Add(new Reclassification(Category, Urgency, category, urgency, changedBy, now));
        Category = category;
        Urgency = urgency;
        foreach (var deadline in _deadlines)
        {
            deadline.Allow((int)sla.For(deadline.Target).TotalMinutes);
        }
        Reschedule(calendar);
    }

    /// <summary>SLA time spent on a target so far (up to when it was met), pauses and — for normal urgency — closed hours left out.</summary>
    public TimeSpan SlaElapsed(SlaDeadline deadline, BusinessCalendar calendar, DateTimeOffset now) =>
        SlaClock.Elapsed(OpenedAt, deadline.MetAt ?? now, Pauses, CountsServiceHours ? calendar : null);

    public TimeSpan SlaPaused(DateTimeOffset now) => SlaClock.Paused(Pauses, now);

    private void EndPause(string by, DateTimeOffset now) => Pauses.First(p => p.IsOpen).End(by, now);

    private void Reschedule(BusinessCalendar calendar)
    {
        foreach (var deadline in _deadlines.Where(d => d.MetAt is null))
        {
            deadline.Reschedule(SlaClock.DueAt(OpenedAt, TimeSpan.FromMinutes(deadline.AllowedMinutes), Pauses,
                CountsServiceHours ? calendar : null));
        }
    }
}
