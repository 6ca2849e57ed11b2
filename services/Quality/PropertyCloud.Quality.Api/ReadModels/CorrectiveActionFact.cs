namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>A corrective action (整改) from a survey: open until a verification visit finds it effective.</summary>
public sealed class CorrectiveActionFact
{
    public Guid ActionId { get; private set; }
    public Guid EstateId { get; private set; }
    public string? Title { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? OverdueAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    private CorrectiveActionFact() { }

    public static CorrectiveActionFact For(Guid actionId, Guid estateId) => new() { ActionId = actionId, EstateId = estateId };

    public void RecordOpened(string title, DateOnly deadline, DateTimeOffset openedAt)
    {
        Title = title;
        Deadline = deadline;
        OpenedAt = openedAt.ToUniversalTime();
    }

    public void RecordOverdue(DateTimeOffset overdueAt) => OverdueAt = overdueAt.ToUniversalTime();

    public void RecordVerified(bool effective, DateTimeOffset verifiedAt)
    {
        if (effective)
        {
            ClosedAt = verifiedAt.ToUniversalTime();
        }
    }
}
