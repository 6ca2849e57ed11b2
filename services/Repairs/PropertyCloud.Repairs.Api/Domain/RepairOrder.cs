using PropertyCloud.Repairs.Api.Domain.Rules;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// A repair order (报修工单) and its closed loop: intake → dispatched → accepted → on site → completed →
/// follow-up visit (回访) → closed. Every step is timestamped and names who took it.
/// </summary>
public sealed partial class RepairOrder
{
    private readonly List<SlaDeadline> _deadlines = [];
    // jsonb values (RepairOrderConfiguration): a NULL column, from a row written before its list existed, reads as null.
    private List<MaterialUsed>? _materials = [];
    private List<SlaPause>? _pauses = [];
    private List<Reclassification>? _reclassifications = [];
    private List<Reopening>? _reopenings = [];

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public RepairChannel Channel { get; private set; }
    public RepairCategory Category { get; private set; }
    public RepairUrgency Urgency { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? BuildingId { get; private set; }
    public string? PublicArea { get; private set; }
    public string Description { get; private set; } = "";
    public RepairOrderStatus Status { get; private set; }

    public string ReporterId { get; private set; } = "";
    public string ReporterName { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }

    public string? DispatchedBy { get; private set; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public string? AssigneeId { get; private set; }
    public string? AssigneeName { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? OnSiteAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }
    public string? WorkNotes { get; private set; }
    public IReadOnlyList<MaterialUsed> Materials => _materials ??= [];
    public int LabourMinutes { get; private set; }
    public decimal ChargeableAmount { get; private set; }

    public int? SatisfactionScore { get; private set; }
    public string? FollowUpComment { get; private set; }
    public string? FollowedUpBy { get; private set; }
    public DateTimeOffset? FollowedUpAt { get; private set; }

    /// <summary>Why no follow-up visit was possible (resident unreachable, moved out), when the order was closed without one.</summary>
    public string? NoFollowUpReason { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<SlaDeadline> Deadlines => _deadlines;

    /// <summary>The recorded stops of the SLA clock, in order.</summary>
    public IReadOnlyList<SlaPause> Pauses => _pauses ??= [];

    public IReadOnlyList<Reclassification> Reclassifications => _reclassifications ??= [];

    public IReadOnlyList<Reopening> Reopenings => _reopenings ??= [];

    public decimal MaterialsValue => Materials.Sum(m => m.Value);

    /// <summary>有偿维修: the resident pays for this repair, so Billing is asked to charge it.</summary>
    public bool IsChargeable => ChargeableAmount > 0;

    private RepairOrder() { }

    /// <summary>
    /// Takes in a request; its SLA due times are fixed now, from the SLA in force for its category and urgency —
    /// in the estate's service hours for normal urgency, around the clock otherwise.
    /// </summary>
    public static RepairOrder Open(Guid estateId, RepairIntake intake, SlaTimes sla, BusinessCalendar calendar, DateTimeOffset now)
    {
        RepairLocationMustBeKnown.Check(intake.Location);
        var order = new RepairOrder
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            Channel = intake.Channel,
            Category = intake.Category,
            Urgency = intake.Urgency,
            UnitId = intake.Location.UnitId,
            BuildingId = intake.Location.BuildingId,
            PublicArea = string.IsNullOrWhiteSpace(intake.Location.PublicArea) ? null : intake.Location.PublicArea.Trim(),
            Description = intake.Description,
            ReporterId = intake.ReporterId,
            ReporterName = intake.ReporterName,
            OpenedAt = now,
            Status = RepairOrderStatus.Open,
        };
        foreach (var target in Enum.GetValues<SlaTarget>())
        {
            order._deadlines.Add(new SlaDeadline(order.Id, target, (int)sla.For(target).TotalMinutes));
        }
        order.Reschedule(calendar);
        return order;
    }

    public DateTimeOffset DueAt(SlaTarget target) => _deadlines.First(d => d.Target == target).DueAt;

    public bool IsAssignedTo(string? userId) => userId is not null && AssigneeId == userId;

    /// <summary>Sends the order to one maintenance worker; an order is dispatched once, so two dispatchers cannot both win.</summary>
    public void Dispatch(string assigneeId, string assigneeName, string dispatcher, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "dispatch", RepairOrderStatus.Open);
        AssigneeId = assigneeId;
        AssigneeName = assigneeName;
        DispatchedBy = dispatcher;
        DispatchedAt = now;
        Status = RepairOrderStatus.Dispatched;
    }

    /// <summary>The assigned worker takes the job: the response target is met.</summary>
    public void Accept(DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "accept", RepairOrderStatus.Dispatched);
        SlaPauseNeedsRunningClock.CheckStepAllowed(IsPaused);
        AcceptedAt = now;
        Status = RepairOrderStatus.Accepted;
        Meet(SlaTarget.Response, now);
    }

    /// <summary>The worker reports arrival: the on-site target is met.</summary>
    public void ArriveOnSite(DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "arrive_on_site", RepairOrderStatus.Accepted);
        SlaPauseNeedsRunningClock.CheckStepAllowed(IsPaused);
        OnSiteAt = now;
        Status = RepairOrderStatus.OnSite;
        Meet(SlaTarget.OnSite, now);
    }

    /// <summary>The worker reports the repair done, with notes, materials and labour: the resolution target is met.</summary>
    public void Complete(RepairCompletion completion, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "complete", RepairOrderStatus.OnSite);
        SlaPauseNeedsRunningClock.CheckStepAllowed(IsPaused);
        WorkNotes = completion.WorkNotes;
        // A reopened order adds the new round's materials and labour to the first; the charge is the new round's own.
        (_materials ??= []).AddRange(completion.Materials);
        LabourMinutes += completion.LabourMinutes;
        ChargeableAmount = completion.ChargeableAmount;
        CompletedAt = now;
        Status = RepairOrderStatus.Completed;
        Meet(SlaTarget.Resolution, now);
    }

    /// <summary>回访: the service centre asks the resident how satisfied they are with the repair.</summary>
    public void RecordFollowUp(int satisfactionScore, string? comment, string visitor, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "follow_up", RepairOrderStatus.Completed);
        SatisfactionScoreMustBeOneToFive.Check(satisfactionScore);
        SatisfactionScore = satisfactionScore;
        FollowUpComment = comment;
        FollowedUpBy = visitor;
        FollowedUpAt = now;
        Status = RepairOrderStatus.FollowedUp;
    }

    /// <summary>Closes the loop: after the follow-up visit, or straight from completion with the reason no visit was possible.</summary>
    public void Close(string? noFollowUpReason, string closer, DateTimeOffset now)
    {
        CloseNeedsFollowUpOrReason.Check(Status, noFollowUpReason);
        NoFollowUpReason = Status == RepairOrderStatus.Completed ? noFollowUpReason!.Trim() : null;
        ClosedBy = closer;
        ClosedAt = now;
        Status = RepairOrderStatus.Closed;
    }

    private void Meet(SlaTarget target, DateTimeOffset now) => _deadlines.First(d => d.Target == target).Meet(now);
}
