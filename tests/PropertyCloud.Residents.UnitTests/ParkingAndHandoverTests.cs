using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Handover;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.UnitTests;

public sealed class ParkingAndHandoverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Building Tower = Building.Register(Guid.NewGuid(), new BuildingDetails("3栋", "三号楼", "高层住宅", 18, 2, null, null));

    private static Unit NewUnit() => Unit.RegisterByStaff(Tower, new UnitDetails("1", 15, "1502", "3室2厅2卫", 118.50m, 92.43m, UnitUsage.Residence), Now);

    private static ParkingSpace Space() => ParkingSpace.Register(Tower.EstateId, " b1-023 ", "地下一层", Now);

    [Fact]
    public void Masking_PlateNumber_KeepsProvinceCityAndLastTwo()
    {
        Assert.Equal("浙A***45", Masking.PlateNumber("浙A12345"));
        Assert.Equal("浙A****45", Masking.PlateNumber("浙AD12345"));
        Assert.Equal("浙A12345", Vehicle.Normalise("浙a·123 45"));
    }

    [Fact]
    public void AssignSpace_WhenAlreadyHeld_IsRefusedOnTheSpace()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ParkingSpaceAssignment.Assign(Space(), NewUnit(), null, ParkingTenure.Sold, Today, null, spaceIsHeld: true));

        Assert.Equal(("parking.space_taken", "parkingSpaceId"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void AssignSpace_RentedWithoutEndDate_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ParkingSpaceAssignment.Assign(Space(), NewUnit(), null, ParkingTenure.Rented, Today, null, spaceIsHeld: false));

        Assert.Equal("endsOn", refusal.Field);
    }

    [Fact]
    public void AssignSpace_Sold_HasNoEndDateAndReleaseClosesIt()
    {
        var assignment = ParkingSpaceAssignment.Assign(Space(), NewUnit(), null, ParkingTenure.Sold, Today, Today.AddYears(1), spaceIsHeld: false);

        Assert.Null(assignment.EndsOn);
        assignment.Release(Today.AddDays(3));
        Assert.False(assignment.IsCurrent);
        Assert.Throws<DomainException>(() => assignment.Release(Today.AddDays(4)));
    }

    [Fact]
    public void IssuePermit_ForASpaceHeldByAnotherUnit_IsRefused()
    {
        var unit = NewUnit();
        var other = NewUnit();
        var space = Space();
        var vehicle = Vehicle.Register(unit, VehicleHolderKind.Owner, Guid.NewGuid(), "浙A12345", "", Now);
        var held = ParkingSpaceAssignment.Assign(space, other, null, ParkingTenure.Sold, Today, null, spaceIsHeld: false);

        var refusal = Assert.Throws<DomainException>(() => ParkingPermit.Issue(vehicle, space, held, Today, Today.AddMonths(6)));

        Assert.Equal("parking.space_not_held_by_unit", refusal.Code);
    }

    [Fact]
    public void IssuePermit_BeyondTheRental_IsRefusedOnValidUntil()
    {
        var unit = NewUnit();
        var space = Space();
        var vehicle = Vehicle.Register(unit, VehicleHolderKind.Tenant, Guid.NewGuid(), "浙A12345", "", Now);
        var rented = ParkingSpaceAssignment.Assign(space, unit, null, ParkingTenure.Rented, Today, Today.AddMonths(3), spaceIsHeld: false);

        var refusal = Assert.Throws<DomainException>(() => ParkingPermit.Issue(vehicle, space, rented, Today, Today.AddMonths(6)));

        Assert.Equal(("parking.permit_beyond_rental", "validUntil"), (refusal.Code, refusal.Field));
        Assert.Equal(Today.AddMonths(3), ParkingPermit.Issue(vehicle, space, rented, Today, Today.AddMonths(3)).ValidUntil);
    }

    [Fact]
    public void IssueAccessCard_WithANumberInUse_IsAConflict() =>
        Assert.Throws<ConflictException>(() => AccessCard.Issue(NewUnit(), "A-001", "周建国", Today, numberInUse: true));

    [Fact]
    public void ReturnKey_Twice_IsRefused()
    {
        var key = KeyCustody.Receive(NewUnit(), "入户门钥匙2把", "周建国", Today, "前台小王");
        key.ReturnTo("周建国", Today.AddDays(2), "前台小李");

        Assert.Equal(("周建国", "前台小李"), (key.ReturnedTo, key.ReturnedBy));
        Assert.Throws<DomainException>(() => key.ReturnTo("周建国", Today.AddDays(3), "前台小李"));
    }

    [Fact]
    public void RecordMeterReading_Twice_IsAConflictAndNegativeIsRefused()
    {
        Assert.Throws<ConflictException>(() => MeterBaseReading.Record(NewUnit(), MeterKind.Water, 12.5m, Today, "前台", alreadyRecorded: true));
        var negative = Assert.Throws<DomainException>(() => MeterBaseReading.Record(NewUnit(), MeterKind.Gas, -1m, Today, "前台", alreadyRecorded: false));
        Assert.Equal("reading", negative.Field);
    }
}
