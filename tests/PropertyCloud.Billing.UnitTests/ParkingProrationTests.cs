using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Parking;

namespace PropertyCloud.Billing.UnitTests;

/// <summary>A rented space at 300.00 a month, prorated as rate × days held ÷ days of the month, rounded to the fen once.</summary>
public sealed class ParkingProrationTests
{
    private static ParkingAssignment Space(string tenure, DateOnly starts, DateOnly? ends = null, DateOnly? released = null)
    {
        var space = ParkingAssignment.Known(Guid.NewGuid(), Given.Estate, Guid.NewGuid(), Guid.NewGuid());
        space.Assign("B1-023", tenure, starts, ends);
        if (released is { } on)
        {
            space.Release(on);
        }
        return space;
    }

    private static IReadOnlyList<BillLine> ParkingLines(BillingPeriod period, params ParkingAssignment[] spaces) =>
        Bill.Issue(Guid.NewGuid(), Given.Unit(), period, [Given.Item(ChargeKind.Parking, 300m)], new Dictionary<MeterKind, decimal>(), Given.Now,
            parking: spaces)?.Lines ?? [];

    [Fact]
    public void Bill_ForAWholeMonthHeld_ChargesTheRate() =>
        Assert.Equal(300.00m, Assert.Single(ParkingLines(new(2026, 3), Space("Rented", new(2026, 1, 1)))).Amount);

    [Fact]
    public void Bill_ForASpaceTakenOnThe10thOfFebruary_ChargesNineteenTwentyEighths()
    {
        // 10–28 February: 19 of 28 days; 300 × 19 ÷ 28 = 203.571… → 203.57
        var line = Assert.Single(ParkingLines(new(2026, 2), Space("Rented", new(2026, 2, 10))));

        Assert.Equal((203.57m, 19m), (line.Amount, line.Quantity));
        Assert.Contains("B1-023", line.Description);
    }

    [Fact]
    public void Bill_ForASpaceReleasedOnThe16thOfMarch_ChargesTheFifteenDaysBefore() =>
        // 1–15 March: 300 × 15 ÷ 31 = 145.161… → 145.16
        Assert.Equal(145.16m, Assert.Single(ParkingLines(new(2026, 3), Space("Rented", new(2026, 1, 1), released: new(2026, 3, 16)))).Amount);

    [Fact]
    public void Bill_ForARentalEndingOnThe20thOfApril_ChargesUpToThatDay() =>
        // 1–20 April: 300 × 20 ÷ 30 = 200.00
        Assert.Equal(200.00m, Assert.Single(ParkingLines(new(2026, 4), Space("Rented", new(2026, 1, 1), ends: new(2026, 4, 20)))).Amount);

    [Fact]
    public void Bill_ForASoldSpaceOrOneReleasedBeforeTheMonth_ChargesNoParking() =>
        Assert.Empty(ParkingLines(new(2026, 5), Space("Sold", new(2026, 1, 1)), Space("Rented", new(2026, 1, 1), released: new(2026, 5, 1))));

    [Fact]
    public void ChargedDays_OfAReleaseWhoseAssignmentHasNotArrived_AreNone()
    {
        var space = ParkingAssignment.Known(Guid.NewGuid(), Given.Estate, Guid.NewGuid(), Guid.NewGuid());
        space.Release(new(2026, 3, 16));

        Assert.Equal(0, space.ChargedDaysIn(new(2026, 3)));
    }

    [Fact]
    public void ChargedDays_WhenTheAssignmentArrivesAfterItsRelease_StillStopAtTheRelease()
    {
        var space = ParkingAssignment.Known(Guid.NewGuid(), Given.Estate, Guid.NewGuid(), Guid.NewGuid());
        space.Release(new(2026, 3, 16));
        space.Assign("B1-023", "Rented", new(2026, 3, 1), null);

        Assert.Equal(15, space.ChargedDaysIn(new(2026, 3)));
    }
}
