using PropertyCloud.Repairs.Api.Domain.Rules;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Reopening: a repair that did not hold goes back to the worker who did it; each time is counted.</summary>
public sealed partial class RepairOrder
{
    public int ReopenCount => Reopenings.Count;

    /// <summary>
    /// Takes a completed, followed-up or closed order up again, dispatched to the same worker. Its follow-up and close
    /// are cleared — a new round needs its own — and what the last round reached is kept in <see cref="Reopenings"/>.
    /// </summary>
    public void Reopen(string reason, string reopenedBy, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "reopen",
            RepairOrderStatus.Completed, RepairOrderStatus.FollowedUp, RepairOrderStatus.Closed);
        (_reopenings ??= []).Add(new Reopening(reason.Trim(), reopenedBy, now, Status, CompletedAt, SatisfactionScore, ClosedAt));
        SatisfactionScore = null;
        FollowUpComment = null;
        FollowedUpBy = null;
        FollowedUpAt = null;
        NoFollowUpReason = null;
        ClosedBy = null;
        ClosedAt = null;
        DispatchedBy = reopenedBy;
        DispatchedAt = now;
        Status = RepairOrderStatus.Dispatched;
    }
}
