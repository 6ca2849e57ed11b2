using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>A repair order's loop: open → dispatched → accepted → on site → completed → followed up → closed.</summary>
internal static class RepairStepMustFollowLoop
{
    private static readonly LocalizedText Noun = new("工单", "order");

    public static void Check(RepairOrderStatus current, string step, params RepairOrderStatus[] allowed) =>
        StepMustFollowLoop.Check("repair", Noun, Names, current, step, allowed);

    private static LocalizedText Names(RepairOrderStatus status) => status switch
    {
        RepairOrderStatus.Open => new("待派单", "open"),
        RepairOrderStatus.Dispatched => new("已派单", "dispatched"),
        RepairOrderStatus.Accepted => new("已接单", "accepted"),
        RepairOrderStatus.OnSite => new("已到场", "on site"),
        RepairOrderStatus.Completed => new("已完工", "completed"),
        RepairOrderStatus.FollowedUp => new("已回访", "followed up"),
        _ => new("已关闭", "closed"),
    };
}
