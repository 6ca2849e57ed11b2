using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>The integration events a complaint raises, built from its state.</summary>
internal static class ComplaintEvents
{
    public static ComplaintReceived Received(Complaint c) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = c.ReceivedAt,
        EstateId = c.EstateId,
        ComplaintId = c.Id,
        UnitId = c.ComplainantUnitId,
        Channel = RepairEvents.Name(c.Channel),
        Category = RepairEvents.Name(c.Category),
        IsMajor = c.IsMajor,
    };

    public static ComplaintEscalated Escalated(Complaint c) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = c.EscalatedAt!.Value,
        EstateId = c.EstateId,
        ComplaintId = c.Id,
        Category = RepairEvents.Name(c.Category),
        ReceivedAt = c.ReceivedAt,
    };

    /// <summary>
    /// Records a response and raises <see cref="ComplaintResponded"/> for the first one only: the one place that rule
    /// is applied, for the respond step and the demo data alike.
    /// </summary>
    public static void Respond(RepairsDb db, Complaint c, string response, DateTimeOffset now)
    {
        if (c.Respond(response, now))
        {
            db.AddIntegrationEvent(Responded(c));
        }
    }

    private static ComplaintResponded Responded(Complaint c) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = c.RespondedAt!.Value,
        EstateId = c.EstateId,
        ComplaintId = c.Id,
        ReceivedAt = c.ReceivedAt,
        RespondedAt = c.RespondedAt.Value,
    };

    public static ComplaintClosed Closed(Complaint c) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = c.ClosedAt!.Value,
        EstateId = c.EstateId,
        ComplaintId = c.Id,
        UnitId = c.ComplainantUnitId,
        Category = RepairEvents.Name(c.Category),
        IsMajor = c.IsMajor,
        ReceivedAt = c.ReceivedAt,
        HandlingMinutes = c.Feedback!.HandlingMinutes,
        ComplainantOpinion = RepairEvents.Name(c.Feedback.Opinion),
    };

    public static ComplaintReopened Reopened(Complaint c) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = c.Reopenings[^1].ReopenedAt,
        EstateId = c.EstateId,
        ComplaintId = c.Id,
        UnitId = c.ComplainantUnitId,
        Category = RepairEvents.Name(c.Category),
        IsMajor = c.IsMajor,
        Reason = c.Reopenings[^1].Reason,
        ReopenCount = c.ReopenCount,
    };
}
