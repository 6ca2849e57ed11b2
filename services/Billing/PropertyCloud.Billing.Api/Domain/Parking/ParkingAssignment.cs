namespace PropertyCloud.Billing.Api.Domain.Parking;

/// <summary>
/// Billing's copy of a parking space held by a unit (Residents' ParkingSpaceAssigned / ParkingSpaceReleased), keyed by
/// the assignment, so either event may arrive first and a repeat changes nothing.
/// </summary>
public sealed class ParkingAssignment
{
    public const string Rented = "Rented";

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ParkingSpaceId { get; private set; }

    /// <summary>Empty until the assignment itself arrives (a release can overtake it).</summary>
    public string SpaceCode { get; private set; } = "";
    public string Tenure { get; private set; } = "";
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The first day the unit no longer holds the space.</summary>
    public DateOnly? ReleasedOn { get; private set; }

    private ParkingAssignment() { }

    public static ParkingAssignment Known(Guid assignmentId, Guid estateId, Guid unitId, Guid parkingSpaceId) =>
        new() { Id = assignmentId, EstateId = estateId, UnitId = unitId, ParkingSpaceId = parkingSpaceId };

    public void Assign(string spaceCode, string tenure, DateOnly startsOn, DateOnly? endsOn)
    {
        SpaceCode = spaceCode;
        Tenure = tenure;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public void Release(DateOnly releasedOn) => ReleasedOn = releasedOn;

    /// <summary>
    /// The days of <paramref name="period"/> a rented space is charged: from <see cref="StartsOn"/> through
    /// <see cref="EndsOn"/>, and before <see cref="ReleasedOn"/>. Sold spaces and unknown assignments are charged none.
    /// </summary>
    public int ChargedDaysIn(BillingPeriod period)
    {
        if (Tenure != Rented || StartsOn is not { } starts)
        {
            return 0;
        }
        var first = Max(starts, period.FirstDay);
        var last = period.LastDay;
        last = EndsOn is { } ends && ends < last ? ends : last;
        last = ReleasedOn is { } released && released.AddDays(-1) < last ? released.AddDays(-1) : last;
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
