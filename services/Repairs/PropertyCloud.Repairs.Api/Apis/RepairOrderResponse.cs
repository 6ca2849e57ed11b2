using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

public sealed record SlaDeadlineResponse(SlaTarget Target, DateTimeOffset DueAt, DateTimeOffset? MetAt, DateTimeOffset? BreachedAt);

public sealed record RepairOrderResponse(
    Guid Id, Guid EstateId, RepairChannel Channel, RepairCategory Category, RepairUrgency Urgency, RepairOrderStatus Status,
    Guid? UnitId, Guid? BuildingId, string? PublicArea, string Description, string ReporterId, string ReporterName,
    DateTimeOffset OpenedAt, string? AssigneeId, string? AssigneeName, DateTimeOffset? DispatchedAt, DateTimeOffset? AcceptedAt,
    DateTimeOffset? OnSiteAt, DateTimeOffset? CompletedAt, string? WorkNotes, IReadOnlyList<MaterialUsed> Materials,
    decimal MaterialsValue, int LabourMinutes, decimal ChargeableAmount, int? SatisfactionScore, string? FollowUpComment,
    DateTimeOffset? FollowedUpAt, string? NoFollowUpReason, DateTimeOffset? ClosedAt, IReadOnlyList<SlaDeadlineResponse> Deadlines, bool Overdue)
{
    public static RepairOrderResponse From(RepairOrder o, DateTimeOffset now) => new(
        o.Id, o.EstateId, o.Channel, o.Category, o.Urgency, o.Status, o.UnitId, o.BuildingId, o.PublicArea, o.Description,
        o.ReporterId, o.ReporterName, o.OpenedAt, o.AssigneeId, o.AssigneeName, o.DispatchedAt, o.AcceptedAt, o.OnSiteAt,
        o.CompletedAt, o.WorkNotes, o.Materials, o.MaterialsValue, o.LabourMinutes, o.ChargeableAmount, o.SatisfactionScore,
        o.FollowUpComment, o.FollowedUpAt, o.NoFollowUpReason, o.ClosedAt,
        [.. o.Deadlines.OrderBy(d => d.Target).Select(d => new SlaDeadlineResponse(d.Target, d.DueAt, d.MetAt, d.BreachedAt))],
        o.Deadlines.Any(d => d.MetAt is null && d.DueAt <= now));
}
