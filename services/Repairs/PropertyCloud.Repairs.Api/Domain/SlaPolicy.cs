using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>An estate's own SLA for one category and urgency, replacing <see cref="SlaDefaults"/>.</summary>
public sealed class SlaPolicy
{
    public Guid EstateId { get; private set; }
    public RepairCategory Category { get; private set; }
    public RepairUrgency Urgency { get; private set; }
    public int ResponseMinutes { get; private set; }
    public int OnSiteMinutes { get; private set; }
    public int ResolutionMinutes { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public string ChangedBy { get; private set; } = "";

    public SlaTimes Times => new(ResponseMinutes, OnSiteMinutes, ResolutionMinutes);

    private SlaPolicy() { }

    public static SlaPolicy Define(Guid estateId, RepairCategory category, RepairUrgency urgency) =>
        new() { EstateId = estateId, Category = category, Urgency = urgency };

    /// <summary>Sets the targets; they must follow the loop: response ≤ on site ≤ resolution.</summary>
    public void Set(SlaTimes times, string changedBy, DateTimeOffset now)
    {
        if (times.ResponseMinutes > times.OnSiteMinutes || times.OnSiteMinutes > times.ResolutionMinutes)
        {
            throw new DomainException("sla.targets_out_of_order",
                new("时限必须满足：响应 ≤ 到场 ≤ 完成", "Targets must satisfy response ≤ on site ≤ resolution"), "onSiteMinutes");
        }
        ResponseMinutes = times.ResponseMinutes;
        OnSiteMinutes = times.OnSiteMinutes;
        ResolutionMinutes = times.ResolutionMinutes;
        ChangedBy = changedBy;
        ChangedAt = now;
    }
}
