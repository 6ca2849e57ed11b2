namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>
/// One reopening of a repair order or complaint, keyed by what was reopened and its running count, so a
/// redelivered or replayed event cannot count twice.
/// </summary>
public sealed class ReopeningFact
{
    public const string RepairOrder = "repair_order";
    public const string Complaint = "complaint";

    public Guid SubjectId { get; private set; }
    public int ReopenCount { get; private set; }
    public string Subject { get; private set; } = "";
    public Guid EstateId { get; private set; }
    public DateTimeOffset ReopenedAt { get; private set; }

    private ReopeningFact() { }

    public static ReopeningFact Of(string subject, Guid subjectId, int reopenCount, Guid estateId, DateTimeOffset reopenedAt) => new()
    {
        Subject = subject,
        SubjectId = subjectId,
        ReopenCount = reopenCount,
        EstateId = estateId,
        ReopenedAt = reopenedAt.ToUniversalTime(),
    };
}
