using System.Text.Json;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>The integration events a repair order raises, built from its state.</summary>
internal static class RepairEvents
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static RepairOrderOpened Opened(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.OpenedAt,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        Channel = Name(o.Channel),
        Category = Name(o.Category),
        Urgency = Name(o.Urgency),
        ResolutionDueAt = o.DueAt(SlaTarget.Resolution),
    };

    public static RepairOrderDispatched Dispatched(RepairOrder o, MaintenanceTeam? team = null) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.DispatchedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        AssigneeId = team?.LeaderId ?? o.AssigneeId!,
        Urgency = Name(o.Urgency),
        TeamId = team?.Id,
        TeamName = team?.Name,
    };

    public static FollowUpRecorded FollowedUp(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.FollowedUpAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        Category = Name(o.Category),
        SatisfactionScore = o.SatisfactionScore!.Value,
    };

    public static RepairOrderCompleted Completed(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.CompletedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        Category = Name(o.Category),
        Urgency = Name(o.Urgency),
        OpenedAt = o.OpenedAt,
        CompletedAt = o.CompletedAt.Value,
        AcceptedAt = o.AcceptedAt,
        OnSiteAt = o.OnSiteAt,
        LabourMinutes = o.LabourMinutes,
        ChargeableAmount = o.ChargeableAmount,
    };

    public static RepairChargeRequested ChargeRequested(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.CompletedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        Amount = o.ChargeableAmount,
        Description = $"维修费：{Name(o.Category)}",
    };

    public static RepairOrderClosed Closed(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.ClosedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        Category = Name(o.Category),
        SatisfactionScore = o.SatisfactionScore,
        FollowedUp = o.NoFollowUpReason is null,
    };

    public static SlaBreached Breached(RepairOrder o, SlaDeadline deadline) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = deadline.BreachedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        Target = Name(deadline.Target),
        Category = Name(o.Category),
        Urgency = Name(o.Urgency),
        DueAt = deadline.DueAt,
    };

    public static SlaEscalated Escalated(RepairOrder o, SlaEscalation escalation) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = escalation.RaisedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        Target = Name(escalation.Target),
        Level = escalation.Level,
        Notify = Name(escalation.Notify),
        Category = Name(o.Category),
        Urgency = Name(o.Urgency),
    };

    public static ResidentNoticeRequired ResidentNotice(RepairOrder o, SlaDeadline resolution) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = resolution.BreachedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        BuildingId = o.BuildingId,
        PublicArea = o.PublicArea,
        Category = Name(o.Category),
        OpenedAt = o.OpenedAt,
    };

    public static RepairOrderReopened Reopened(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.Reopenings[^1].ReopenedAt,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        UnitId = o.UnitId,
        Category = Name(o.Category),
        Reason = o.Reopenings[^1].Reason,
        ReopenCount = o.ReopenCount,
        AssigneeId = o.AssigneeId,
    };
}
