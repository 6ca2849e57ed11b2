using PropertyCloud.Repairs.Api.Domain.Rules;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// A complaint (投诉): received → acknowledged → assigned → responded → resolved with a feedback form →
/// called back → closed. A major complaint is escalated the moment it is received.
/// </summary>
public sealed partial class Complaint
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public RepairChannel Channel { get; private set; }
    public ComplaintCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public Guid? ComplainantUnitId { get; private set; }
    public bool IsMajor { get; private set; }
    public ComplaintStatus Status { get; private set; }

    public string ReceivedBy { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AssigneeId { get; private set; }
    public string? AssigneeName { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public string? Response { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public ComplaintFeedback? Feedback { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? CallBackNote { get; private set; }
    public DateTimeOffset? CalledBackAt { get; private set; }
    public string? LessonsLearnt { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    private Complaint() { }

    /// <summary>Records what the complainant said; a major complaint is escalated at once.</summary>
    public static Complaint Receive(
        Guid estateId, RepairChannel channel, ComplaintCategory category, string description, Guid? complainantUnitId,
        bool isMajor, string receivedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            Channel = channel,
            Category = category,
            Description = description,
            ComplainantUnitId = complainantUnitId,
            IsMajor = isMajor,
            Status = ComplaintStatus.Received,
            ReceivedBy = receivedBy,
            ReceivedAt = now,
            EscalatedAt = isMajor ? now : null,
        };

    public void Acknowledge(DateTimeOffset now)
    {
        ComplaintStepMustFollowLoop.Check(Status, "acknowledge", ComplaintStatus.Received);
        AcknowledgedAt = now;
        Status = ComplaintStatus.Acknowledged;
    }

    /// <summary>Gives the complaint to a member of staff to handle; may be reassigned until they respond.</summary>
    public void Assign(string assigneeId, string assigneeName, DateTimeOffset now)
    {
        ComplaintStepMustFollowLoop.Check(Status, "assign", ComplaintStatus.Acknowledged, ComplaintStatus.Assigned);
        AssigneeId = assigneeId;
        AssigneeName = assigneeName;
        AssignedAt = now;
        Status = ComplaintStatus.Assigned;
    }

    /// <returns>
    /// Whether this is the complaint's first response, the one its time to first response is measured by: a response
    /// after a reopening is not one.
    /// </returns>
    public bool Respond(string response, DateTimeOffset now)
    {
        ComplaintStepMustFollowLoop.Check(Status, "respond", ComplaintStatus.Assigned);
        Response = response;
        RespondedAt = now;
        Status = ComplaintStatus.Responded;
        return ReopenCount == 0;
    }

    /// <summary>Records the feedback form; the handling time is measured from receipt, not typed in.</summary>
    public void Resolve(string result, ComplainantOpinion opinion, DateTimeOffset now)
    {
        ComplaintStepMustFollowLoop.Check(Status, "resolve", ComplaintStatus.Responded);
        Feedback = new ComplaintFeedback((int)Math.Round((now - ReceivedAt).TotalMinutes), result, opinion);
        ResolvedAt = now;
        Status = ComplaintStatus.Resolved;
    }

    public void CallBack(string note, DateTimeOffset now)
    {
        ComplaintStepMustFollowLoop.Check(Status, "call_back", ComplaintStatus.Resolved);
        CallBackNote = note;
        CalledBackAt = now;
        Status = ComplaintStatus.CalledBack;
    }

    public void Close(string? lessonsLearnt, string closer, DateTimeOffset now)
    {
        ComplaintStepMustFollowLoop.Check(Status, "close", ComplaintStatus.CalledBack);
        MajorComplaintNeedsLessonsLearnt.Check(IsMajor, lessonsLearnt);
        LessonsLearnt = string.IsNullOrWhiteSpace(lessonsLearnt) ? null : lessonsLearnt;
        ClosedBy = closer;
        ClosedAt = now;
        Status = ComplaintStatus.Closed;
    }
}
