namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>From which day a bill that is still owed after the grace period accrues late fees.</summary>
public enum LateFeeStart
{
    /// <summary>Paid in full within the grace days: no fee; otherwise every day after the due date counts (宽限期内免收，逾期自到期次日起计).</summary>
    FromDueDate,

    /// <summary>Only the days after the grace period count (自宽限期满次日起计).</summary>
    AfterGracePeriod,
}
