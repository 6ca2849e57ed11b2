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

    public static RepairOrderDispatched Dispatched(RepairOrder o) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = o.DispatchedAt!.Value,
        EstateId = o.EstateId,
        RepairOrderId = o.Id,
        AssigneeId = o.AssigneeId!,
        Urgency = Name(o.Urgency),
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
}
