namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Reopening: the complainant is not satisfied after all; the complaint goes back to its handler and is counted.</summary>
public sealed partial class Complaint
{
    private readonly List<ComplaintReopening> _reopenings = [];

    public IReadOnlyList<ComplaintReopening> Reopenings => _reopenings;

    public int ReopenCount => _reopenings.Count;

    /// <summary>From resolved, called back or closed back to assigned: it needs a new response, result, call-back and close.</summary>
    public void Reopen(string reason, string reopenedBy, DateTimeOffset now)
    {
        Rules.ComplaintStepMustFollowLoop.Check(Status, "reopen", ComplaintStatus.Resolved, ComplaintStatus.CalledBack, ComplaintStatus.Closed);
        _reopenings.Add(new ComplaintReopening(reason.Trim(), reopenedBy, now, Status));
        Feedback = null;
        ResolvedAt = null;
        CallBackNote = null;
        CalledBackAt = null;
        ClosedBy = null;
        ClosedAt = null;
        Status = ComplaintStatus.Assigned;
    }
}
