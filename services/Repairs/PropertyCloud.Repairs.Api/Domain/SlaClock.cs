namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// SLA time from an order's timeline: it runs from intake, stands still in recorded pauses, and — for normal
/// urgency — counts only the estate's service hours. Due times and elapsed time are always derived from these facts,
/// never kept as running totals, so a change of SLA or category cannot lose time already spent or paused.
/// </summary>
public static class SlaClock
{
    /// <summary>When <paramref name="allowed"/> SLA time has run out; null while the clock is paused.</summary>
    public static DateTimeOffset? DueAt(DateTimeOffset start, TimeSpan allowed, IEnumerable<SlaPause> pauses, BusinessCalendar? calendar)
    {
        var from = start;
        var left = allowed;
        foreach (var pause in pauses.OrderBy(p => p.StartedAt))
        {
            if (pause.StartedAt > from)
            {
                var due = Advance(from, left, calendar);
                if (due <= pause.StartedAt)
                {
                    return due;
                }
                left -= Counted(from, pause.StartedAt, calendar);
            }
            if (pause.EndedAt is not { } ended)
            {
                return null;
            }
            from = ended > from ? ended : from;
        }
        return Advance(from, left, calendar);
    }

    /// <summary>SLA time spent between <paramref name="start"/> and <paramref name="until"/>, pauses left out.</summary>
    public static TimeSpan Elapsed(DateTimeOffset start, DateTimeOffset until, IEnumerable<SlaPause> pauses, BusinessCalendar? calendar)
    {
        var spent = TimeSpan.Zero;
        var from = start;
        foreach (var pause in pauses.OrderBy(p => p.StartedAt))
        {
            if (pause.StartedAt >= until)
            {
                break;
            }
            if (pause.StartedAt > from)
            {
                spent += Counted(from, pause.StartedAt, calendar);
            }
            var ended = pause.EndedAt ?? until;
            from = ended > from ? ended : from;
        }
        return until > from ? spent + Counted(from, until, calendar) : spent;
    }

    /// <summary>Wall-clock time the clock stood still up to <paramref name="until"/>.</summary>
    public static TimeSpan Paused(IEnumerable<SlaPause> pauses, DateTimeOffset until) =>
        pauses.Where(p => p.StartedAt < until)
            .Aggregate(TimeSpan.Zero, (sum, p) => sum + (((p.EndedAt ?? until) < until ? p.EndedAt ?? until : until) - p.StartedAt));

    private static DateTimeOffset Advance(DateTimeOffset from, TimeSpan time, BusinessCalendar? calendar) =>
        calendar?.DueAfter(from, time) ?? from + time;

    private static TimeSpan Counted(DateTimeOffset from, DateTimeOffset to, BusinessCalendar? calendar) =>
        calendar?.WorkingTimeBetween(from, to) ?? to - from;
}
