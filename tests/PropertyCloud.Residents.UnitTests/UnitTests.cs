using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.UnitTests;

public sealed class UnitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly Building Tower = Building.Register(Guid.NewGuid(),
        new BuildingDetails("3栋", "三号楼", "高层住宅", 18, 2, null, null));

    private static UnitDetails Details(UnitUsage usage = UnitUsage.Residence, int floor = 15, decimal usable = 92.43m) =>
        new("1", floor, "1502", "3室2厅2卫", 118.50m, usable, usage);

    [Fact]
    public void RegisterByStaff_WhenUsageIsRentedOut_IsRefusedOnUsage()
    {
        var refusal = Assert.Throws<DomainException>(() => Unit.RegisterByStaff(Tower, Details(UnitUsage.RentedOut), Now));

        Assert.Equal("unit.staff_may_not_declare_rented_out", refusal.Code);
        Assert.Equal("usage", refusal.Field);
    }

    [Fact]
    public void RegisterByStaff_WhenFloorIsAboveTheBuilding_IsRefusedOnFloor()
    {
        var refusal = Assert.Throws<DomainException>(() => Unit.RegisterByStaff(Tower, Details(floor: 19), Now));

        Assert.Equal("floor", refusal.Field);
    }

    [Fact]
    public void RegisterByStaff_WhenUsableAreaExceedsBuildingArea_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => Unit.RegisterByStaff(Tower, Details(usable: 120m), Now));

        Assert.Equal("usableArea", refusal.Field);
    }

    [Fact]
    public void EfficiencyRatio_IsUsableOverBuildingArea()
    {
        var unit = Unit.RegisterByStaff(Tower, Details(), Now);

        Assert.Equal(0.78m, unit.EfficiencyRatio);
        Assert.Equal(Tower.EstateId, unit.EstateId);
    }

    [Fact]
    public void UpdateByStaff_WhenUsageStaysRentedOut_IsAllowed()
    {
        var unit = Unit.RegisterByStaff(Tower, Details(), Now);
        typeof(Unit).GetProperty(nameof(Unit.Usage))!.SetValue(unit, UnitUsage.RentedOut);

        unit.UpdateByStaff(Tower, Details(UnitUsage.RentedOut) with { Layout = "3室1厅" });

        Assert.Equal("3室1厅", unit.Layout);
        Assert.Equal(UnitUsage.RentedOut, unit.Usage);
    }

    [Fact]
    public void UpdateByStaff_WhenChangingUsageToRentedOut_IsRefused()
    {
        var unit = Unit.RegisterByStaff(Tower, Details(), Now);

        Assert.Throws<DomainException>(() => unit.UpdateByStaff(Tower, Details(UnitUsage.RentedOut)));
    }

    [Fact]
    public void LocalizedText_FollowsTheUiCulture()
    {
        var text = new LocalizedText("中文", "English");
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("en-US");
            Assert.Equal("English", text.ToString());
            System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
            Assert.Equal("中文", text.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
