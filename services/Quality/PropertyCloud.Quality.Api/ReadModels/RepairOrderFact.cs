namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>
/// What the quality department knows about one repair order, filled in by its events in any order. Its SLA is
/// breached from the earliest missed due time (a <c>SlaBreached</c>, or completion after the resolution due time)
/// and met when it was completed with no target missed.
/// </summary>
public sealed class RepairOrderFact
{
    public Guid OrderId { get; private set; }
    public Guid EstateId { get; private set; }
    public string? Category { get; private set; }
    public string? Urgency { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? ResolutionDueAt { get; private set; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? OnSiteAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? SlaBreachedAt { get; private set; }
    public int? Satisfaction { get; private set; }

    private RepairOrderFact() { }

    public static RepairOrderFact For(Guid orderId, Guid estateId) => new() { OrderId = orderId, EstateId = estateId };

    public bool SlaMet => CompletedAt is not null && SlaBreachedAt is null;

    public void RecordOpened(DateTimeOffset openedAt, string category, string urgency, DateTimeOffset resolutionDueAt)
    {
        OpenedAt = openedAt.ToUniversalTime();
        Category = category;
        Urgency = urgency;
        ResolutionDueAt = resolutionDueAt.ToUniversalTime();
        CheckLateCompletion();
    }

    public void RecordDispatched(DateTimeOffset dispatchedAt) => DispatchedAt = ReadModelTimes.Earliest(DispatchedAt, dispatchedAt);

    /// <summary>A completion after a reopening carries later accept and arrival times: the first ones are kept.</summary>
    public void RecordCompleted(DateTimeOffset openedAt, DateTimeOffset completedAt, string category, string urgency,
        DateTimeOffset? acceptedAt = null, DateTimeOffset? onSiteAt = null)
    {
        OpenedAt ??= openedAt.ToUniversalTime();
        if (acceptedAt is { } accepted) AcceptedAt = ReadModelTimes.Earliest(AcceptedAt, accepted);
        if (onSiteAt is { } onSite) OnSiteAt = ReadModelTimes.Earliest(OnSiteAt, onSite);
        CompletedAt = completedAt.ToUniversalTime();
        Category = category;
        Urgency = urgency;
        CheckLateCompletion();
    }

    public void RecordClosed(DateTimeOffset closedAt, int? satisfaction)
    {
        ClosedAt = closedAt.ToUniversalTime();
        Satisfaction = satisfaction;
    }

    public void RecordBreach(DateTimeOffset dueAt) => SlaBreachedAt = ReadModelTimes.Earliest(SlaBreachedAt, dueAt);

    private void CheckLateCompletion()
    {
        if (CompletedAt is { } completed && ResolutionDueAt is { } due && completed > due)
        {
            RecordBreach(due);
        }
    }
}
