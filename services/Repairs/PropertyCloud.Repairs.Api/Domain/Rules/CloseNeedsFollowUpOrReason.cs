using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>Nothing is closed without a follow-up visit (回访) or a recorded reason why none was possible.</summary>
internal static class CloseNeedsFollowUpOrReason
{
    public static void Check(RepairOrderStatus status, string? noFollowUpReason)
    {
        RepairStepMustFollowLoop.Check(status, "close", RepairOrderStatus.FollowedUp, RepairOrderStatus.Completed);
        if (status == RepairOrderStatus.Completed && string.IsNullOrWhiteSpace(noFollowUpReason))
        {
            throw new DomainException("repair.close_requires_follow_up_or_reason",
                new("工单须先回访；无法回访时须注明原因方可关闭", "Close after the follow-up visit, or give the reason none was possible"),
                "noFollowUpReason");
        }
    }
}
