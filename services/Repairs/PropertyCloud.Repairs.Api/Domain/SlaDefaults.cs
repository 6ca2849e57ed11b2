namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The SLA an estate has until it sets its own; explained in services/Repairs/SLA-DEFAULTS.md.</summary>
public static class SlaDefaults
{
    public static SlaTimes For(RepairCategory category, RepairUrgency urgency) => (category, urgency) switch
    {
        // 004 篇4: water failures — on site within 5 minutes; residents notified when not fixed within 2 hours.
        (RepairCategory.Plumbing, RepairUrgency.Emergency) => new(5, 5, 120),
        (RepairCategory.Elevator, RepairUrgency.Emergency) => new(5, 15, 120),
        (RepairCategory.Electrical, RepairUrgency.Emergency) => new(5, 15, 120),
        (_, RepairUrgency.Emergency) => new(10, 30, 240),
        (_, RepairUrgency.Urgent) => new(30, 120, 8 * 60),
        _ => new(2 * 60, 24 * 60, 72 * 60),
    };
}
