namespace PropertyCloud.Billing.Api.Domain.Parking;

/// <summary>
/// Billing's copy of a parking space held by a unit (Residents' ParkingSpaceAssigned / ParkingSpaceReleased), keyed by
/// the assignment, so either event may arrive first and a repeat changes nothing. A rented space pays rent
/// (<see cref="ChargeKind.Parking"/>), a sold one the parking management fee (<see cref="ChargeKind.ParkingManagementFee"/>).
/// </summary>
public sealed class ParkingAssignment
{
    public const string Rented = "Rented";
    public const string Sold = "Sold";

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

    /// <summary>The kind of charge item the space pays: rent when rented, the management fee when sold; null for an unknown tenure.</summary>
    public ChargeKind? ChargedAs => Tenure switch
    {
        Rented => ChargeKind.Parking,
        Sold => ChargeKind.ParkingManagementFee,
        _ => null,
    };

    /// <summary>
    /// The days of <paramref name="period"/> the space is charged (rent or management fee alike): from <see cref="StartsOn"/>
    /// through <see cref="EndsOn"/>, and before <see cref="ReleasedOn"/>. Assignments not known yet, or of an unknown tenure, are charged none.
    /// </summary>
    public int ChargedDaysIn(BillingPeriod period)
    {
        if (ChargedAs is null || StartsOn is not { } starts)
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
