namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>A stretch of time the SLA clock stood still, with the recorded reason and who stopped and restarted it.</summary>
public sealed class SlaPause
{
    public SlaPauseReason Reason { get; private set; }
    public string? Note { get; private set; }
    public string PausedBy { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public string? ResumedBy { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    private SlaPause() { }

    internal SlaPause(SlaPauseReason reason, string? note, string pausedBy, DateTimeOffset startedAt)
    {
        Reason = reason;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        PausedBy = pausedBy;
        StartedAt = startedAt;
    }

    public bool IsOpen => EndedAt is null;

    internal void End(string resumedBy, DateTimeOffset now)
    {
        ResumedBy = resumedBy;
        EndedAt = now;
    }

    /// <summary>How long the clock stood still up to <paramref name="now"/>.</summary>
    public TimeSpan Duration(DateTimeOffset now) => (EndedAt ?? now) - StartedAt;
}
