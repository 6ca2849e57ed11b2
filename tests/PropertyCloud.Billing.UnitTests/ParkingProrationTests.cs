using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Parking;

namespace PropertyCloud.Billing.UnitTests;

/// <summary>A rented space at 300.00 a month (a sold one at a 60.00 management fee), prorated as rate × days held ÷ days of the month, rounded to the fen once.</summary>
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

    private static IReadOnlyList<BillLine> RentAndFeeLines(BillingPeriod period, params ParkingAssignment[] spaces) =>
        Bill.Issue(Guid.NewGuid(), Given.Unit(), period, [Given.Item(ChargeKind.Parking, 300m), Given.Item(ChargeKind.ParkingManagementFee, 60m)],
            new Dictionary<MeterKind, decimal>(), Given.Now, parking: spaces)?.Lines ?? [];

    [Fact]
    public void Bill_ForASoldSpace_ChargesTheParkingManagementFeeAndNoRent()
    {
        var line = Assert.Single(RentAndFeeLines(new(2026, 3), Space("Sold", new(2025, 6, 1))));

        Assert.Equal((ChargeKind.ParkingManagementFee, 60.00m), (line.Kind, line.Amount));
    }

    [Fact]
    public void Bill_ForARentedSpace_ChargesRentAndNoManagementFee()
    {
        var line = Assert.Single(RentAndFeeLines(new(2026, 3), Space("Rented", new(2025, 6, 1))));

        Assert.Equal((ChargeKind.Parking, 300.00m), (line.Kind, line.Amount));
    }

    [Fact]
    public void Bill_ForASpaceSoldOnThe17thOfMarch_ProratesTheManagementFee() =>
        // 17–31 March: 60 × 15 ÷ 31 = 29.032… → 29.03
        Assert.Equal(29.03m, Assert.Single(RentAndFeeLines(new(2026, 3), Space("Sold", new(2026, 3, 17)))).Amount);

    [Fact]
    public void Bill_WithARegisteredSpaceAndAParkingItemPutOnByHand_ChargesTheRegisteredSpaceOnly()
    {
        var unit = Given.Unit();
        var rent = Given.Item(ChargeKind.Parking, 300m);
        var space = ParkingAssignment.Known(Guid.NewGuid(), Given.Estate, unit.Id, Guid.NewGuid());
        space.Assign("B1-023", "Rented", new(2026, 1, 1), null);

        var lines = Bill.Issue(Guid.NewGuid(), unit, new(2026, 3), [rent], new Dictionary<MeterKind, decimal>(), Given.Now,
            unitCharges: [UnitCharge.Assign(unit, rent, 1m, Given.Now)], parking: [space])!.Lines;

        Assert.Contains("B1-023", Assert.Single(lines).Description);
    }

    [Fact]
    public void Bill_WithARegisteredSoldSpaceAndRentPutOnByHand_ChargesBoth_ForTheyAreDifferentSpaces()
    {
        var unit = Given.Unit();
        var rent = Given.Item(ChargeKind.Parking, 300m);
        var owned = ParkingAssignment.Known(Guid.NewGuid(), Given.Estate, unit.Id, Guid.NewGuid());
        owned.Assign("B1-024", "Sold", new(2025, 1, 1), null);

        var lines = Bill.Issue(Guid.NewGuid(), unit, new(2026, 3), [rent, Given.Item(ChargeKind.ParkingManagementFee, 60m)],
            new Dictionary<MeterKind, decimal>(), Given.Now, unitCharges: [UnitCharge.Assign(unit, rent, 1m, Given.Now)], parking: [owned])!.Lines;

        Assert.Equal([(ChargeKind.Parking, 300.00m), (ChargeKind.ParkingManagementFee, 60.00m)], lines.Select(l => (l.Kind, l.Amount)).Order());
    }

    [Fact]
    public void Bill_WithAParkingItemPutOnByHandAndNoRegisteredSpaceInThePeriod_ChargesTheItem()
    {
        var unit = Given.Unit();
        var rent = Given.Item(ChargeKind.Parking, 300m);
        var gone = ParkingAssignment.Known(Guid.NewGuid(), Given.Estate, unit.Id, Guid.NewGuid());
        gone.Assign("B1-023", "Rented", new(2026, 1, 1), new(2026, 2, 28));

        var line = Assert.Single(Bill.Issue(Guid.NewGuid(), unit, new(2026, 3), [rent], new Dictionary<MeterKind, decimal>(), Given.Now,
            unitCharges: [UnitCharge.Assign(unit, rent, 2m, Given.Now)], parking: [gone])!.Lines);

        Assert.Equal((2m, 600.00m), (line.Quantity, line.Amount));
    }

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
