namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// An order taken up again after completion: why, by whom, and what the round before had reached (its completion,
/// follow-up score and close), which the next round would otherwise overwrite.
/// </summary>
public sealed record Reopening(
    string Reason, string ReopenedBy, DateTimeOffset ReopenedAt, RepairOrderStatus FromStatus, DateTimeOffset? CompletedAt,
    int? SatisfactionScore, DateTimeOffset? ClosedAt);
