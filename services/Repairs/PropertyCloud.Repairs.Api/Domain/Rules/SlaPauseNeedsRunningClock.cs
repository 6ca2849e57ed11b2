using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>The SLA clock stops once at a time, and can only be restarted while it is stopped.</summary>
internal static class SlaPauseNeedsRunningClock
{
    public static void CheckCanPause(bool paused)
    {
        if (paused)
        {
            throw new DomainException("repair.sla_already_paused",
                new("工单计时已暂停，请先恢复再重新暂停", "The order's SLA clock is already paused; resume it first"), "reason");
        }
    }

    /// <summary>Work goes on only once the clock is resumed, so the pause has a recorded end.</summary>
    public static void CheckStepAllowed(bool paused)
    {
        if (paused)
        {
            throw new DomainException("repair.step_requires_running_sla",
                new("工单计时已暂停，请先恢复计时", "The order's SLA clock is paused; resume it first"), "status");
        }
    }

    public static void CheckCanResume(bool paused)
    {
        if (!paused)
        {
            throw new DomainException("repair.sla_not_paused",
                new("工单计时未暂停，无需恢复", "The order's SLA clock is not paused"), "status");
        }
    }
}
