namespace PropertyCloud.Partners.Api.Domain;

/// <summary>
/// Exponential back-off (first delay, doubling, capped) for as long as the retry window lasts from the first failure;
/// after that a delivery is parked.
/// </summary>
public sealed record RetrySchedule(TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan Window)
{
    /// <summary>When to try again after the <paramref name="attempts"/>th failed attempt, or null to park.</summary>
    public DateTimeOffset? NextAttempt(int attempts, DateTimeOffset firstFailedAt, DateTimeOffset now)
    {
        var delay = TimeSpan.FromTicks((long)Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));
        var next = now + delay;
        return next - firstFailedAt > Window ? null : next;
    }
}
