namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>What the quality department knows about one complaint, filled in by its events in any order.</summary>
public sealed class ComplaintFact
{
    public const string Dissatisfied = "dissatisfied";

    public Guid ComplaintId { get; private set; }
    public Guid EstateId { get; private set; }
    public string? Category { get; private set; }
    public bool IsMajor { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }
    public DateTimeOffset? FirstRespondedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int? HandlingMinutes { get; private set; }
    public string? ComplainantOpinion { get; private set; }

    private ComplaintFact() { }

    public static ComplaintFact For(Guid complaintId, Guid estateId) => new() { ComplaintId = complaintId, EstateId = estateId };

    public void RecordReceived(DateTimeOffset receivedAt, string category, bool isMajor)
    {
        ReceivedAt = receivedAt.ToUniversalTime();
        Category = category;
        IsMajor = isMajor;
    }

    public void RecordEscalated(DateTimeOffset receivedAt, DateTimeOffset escalatedAt, string category)
    {
        ReceivedAt ??= receivedAt.ToUniversalTime();
        EscalatedAt = escalatedAt.ToUniversalTime();
        Category ??= category;
        IsMajor = true;
    }

    public void RecordFirstResponse(DateTimeOffset receivedAt, DateTimeOffset respondedAt)
    {
        ReceivedAt ??= receivedAt.ToUniversalTime();
        FirstRespondedAt = ReadModelTimes.Earliest(FirstRespondedAt, respondedAt);
    }

    public void RecordClosed(DateTimeOffset receivedAt, DateTimeOffset closedAt, string category, bool isMajor,
        int handlingMinutes, string opinion)
    {
        ReceivedAt ??= receivedAt.ToUniversalTime();
        ClosedAt = closedAt.ToUniversalTime();
        Category ??= category;
        IsMajor |= isMajor;
        HandlingMinutes = handlingMinutes;
        ComplainantOpinion = opinion;
    }
}
