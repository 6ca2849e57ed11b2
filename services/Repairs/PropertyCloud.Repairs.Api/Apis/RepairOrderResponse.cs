using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>
/// One SLA target. <c>ElapsedMinutes</c> (SLA time spent so far, pauses and closed hours left out) is given when the
/// order is read on its own; <c>DueAt</c> is the last one known while <c>Paused</c>.
/// </summary>
public sealed record SlaDeadlineResponse(
    SlaTarget Target, DateTimeOffset DueAt, DateTimeOffset? MetAt, DateTimeOffset? BreachedAt, int AllowedMinutes = 0, bool Paused = false,
    double? ElapsedMinutes = null);

public sealed record RepairOrderResponse(
    Guid Id, Guid EstateId, RepairChannel Channel, RepairCategory Category, RepairUrgency Urgency, RepairOrderStatus Status,
    Guid? UnitId, Guid? BuildingId, string? PublicArea, string Description, string ReporterId, string ReporterName,
    DateTimeOffset OpenedAt, string? AssigneeId, string? AssigneeName, DateTimeOffset? DispatchedAt, DateTimeOffset? AcceptedAt,
    DateTimeOffset? OnSiteAt, DateTimeOffset? CompletedAt, string? WorkNotes, IReadOnlyList<MaterialUsed> Materials,
    decimal MaterialsValue, int LabourMinutes, decimal ChargeableAmount, int? SatisfactionScore, string? FollowUpComment,
    DateTimeOffset? FollowedUpAt, string? NoFollowUpReason, DateTimeOffset? ClosedAt, IReadOnlyList<SlaDeadlineResponse> Deadlines, bool Overdue,
    bool Paused = false, double PausedMinutes = 0, IReadOnlyList<SlaPauseResponse>? Pauses = null, IReadOnlyList<Reclassification>? Reclassifications = null,
    int ReopenCount = 0, IReadOnlyList<Reopening>? Reopenings = null, Guid? TeamId = null, string? TeamName = null)
{
    /// <param name="calendar">The estate's calendar, to give the SLA time spent; left out in lists.</param>
    public static RepairOrderResponse From(RepairOrder o, DateTimeOffset now, BusinessCalendar? calendar = null) => new(
        o.Id, o.EstateId, o.Channel, o.Category, o.Urgency, o.Status, o.UnitId, o.BuildingId, o.PublicArea, o.Description,
        o.ReporterId, o.ReporterName, o.OpenedAt, o.AssigneeId, o.AssigneeName, o.DispatchedAt, o.AcceptedAt, o.OnSiteAt,
        o.CompletedAt, o.WorkNotes, o.Materials, o.MaterialsValue, o.LabourMinutes, o.ChargeableAmount, o.SatisfactionScore,
        o.FollowUpComment, o.FollowedUpAt, o.NoFollowUpReason, o.ClosedAt,
        [.. o.Deadlines.OrderBy(d => d.Target).Select(d => new SlaDeadlineResponse(d.Target, d.DueAt, d.MetAt, d.BreachedAt,
            d.AllowedMinutes, d.Paused, calendar is null ? null : Math.Round(o.SlaElapsed(d, calendar, now).TotalMinutes, 1)))],
        o.Deadlines.Any(d => d.MetAt is null && !d.Paused && d.DueAt <= now),
        o.IsPaused, Math.Round(o.SlaPaused(now).TotalMinutes, 1), [.. o.Pauses.Select(SlaPauseResponse.From)], o.Reclassifications,
        o.ReopenCount, o.Reopenings, o.TeamId, o.TeamName);
}
