using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

public sealed record RecordComplaintRequest(
    RepairChannel? Channel, ComplaintCategory? Category, string Description, Guid? ComplainantUnitId, bool IsMajor);

public sealed record AssignComplaintRequest(string AssigneeId, string AssigneeName);

public sealed record RespondToComplaintRequest(string Response);

public sealed record ResolveComplaintRequest(string Result, ComplainantOpinion? Opinion);

public sealed record CallBackComplaintRequest(string Note);

public sealed record CloseComplaintRequest(string? LessonsLearnt);

public sealed record ReopenComplaintRequest(string Reason);

public sealed record ComplaintResponse(
    Guid Id, Guid EstateId, RepairChannel Channel, ComplaintCategory Category, string Description, Guid? ComplainantUnitId,
    bool IsMajor, ComplaintStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? EscalatedAt, DateTimeOffset? AcknowledgedAt,
    string? AssigneeId, string? AssigneeName, string? Response, DateTimeOffset? RespondedAt, ComplaintFeedback? Feedback,
    DateTimeOffset? ResolvedAt, string? CallBackNote, DateTimeOffset? CalledBackAt, string? LessonsLearnt, DateTimeOffset? ClosedAt,
    int ReopenCount = 0, IReadOnlyList<ComplaintReopening>? Reopenings = null)
{
    public static ComplaintResponse From(Complaint c) => new(
        c.Id, c.EstateId, c.Channel, c.Category, c.Description, c.ComplainantUnitId, c.IsMajor, c.Status, c.ReceivedAt, c.EscalatedAt,
        c.AcknowledgedAt, c.AssigneeId, c.AssigneeName, c.Response, c.RespondedAt, c.Feedback, c.ResolvedAt, c.CallBackNote,
        c.CalledBackAt, c.LessonsLearnt, c.ClosedAt, c.ReopenCount, c.Reopenings);
}
