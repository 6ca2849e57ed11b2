using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>A complaint's loop (篇8): received → acknowledged → assigned → responded → resolved → called back → closed.</summary>
internal static class ComplaintStepMustFollowLoop
{
    private static readonly LocalizedText Noun = new("投诉", "complaint");

    public static void Check(ComplaintStatus current, string step, params ComplaintStatus[] allowed) =>
        StepMustFollowLoop.Check("complaint", Noun, Names, current, step, allowed);

    private static LocalizedText Names(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => new("已登记", "received"),
        ComplaintStatus.Acknowledged => new("已受理", "acknowledged"),
        ComplaintStatus.Assigned => new("已分派", "assigned"),
        ComplaintStatus.Responded => new("已答复", "responded"),
        ComplaintStatus.Resolved => new("已处理", "resolved"),
        ComplaintStatus.CalledBack => new("已回访", "called back"),
        _ => new("已关闭", "closed"),
    };
}
