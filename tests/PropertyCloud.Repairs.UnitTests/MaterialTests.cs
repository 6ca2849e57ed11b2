using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class MaterialTests
{
    private static Material Valve() => Material.Register(Guid.NewGuid(), "FM-01", "阀门", "个", lowStockThreshold: 2);

    [Fact]
    public void StockOut_MoreThanHeld_IsRefusedAndChangesNothing()
    {
        var valve = Valve();
        valve.StockIn(3, 10m, "仓管", Orders.Monday9);

        var ex = Assert.Throws<DomainException>(() => valve.StockOut(4, null, "维修", "仓管", Orders.Monday9));

        Assert.Equal("stock.insufficient", ex.Code);
        Assert.Equal((3m, 30m), (valve.Quantity, valve.Value));
    }

    [Fact]
    public void StockOut_IsValuedAtMovingAverageCost()
    {
        var valve = Valve();
        valve.StockIn(2, 10m, "仓管", Orders.Monday9);
        valve.StockIn(2, 20m, "仓管", Orders.Monday9);

        var movement = valve.StockOut(1, Guid.NewGuid(), "维修", "仓管", Orders.Monday9);

        Assert.Equal((15m, 15m), (movement.UnitCost, movement.Value));
        Assert.Equal((3m, 45m), (valve.Quantity, valve.Value));
    }

    [Fact]
    public void StockOut_OfTheLastItems_LeavesNoValueBehind()
    {
        var valve = Valve();
        valve.StockIn(3, 3.33m, "仓管", Orders.Monday9);
        valve.StockOut(1, null, "维修", "仓管", Orders.Monday9);

        valve.StockOut(2, null, "维修", "仓管", Orders.Monday9);

        Assert.Equal((0m, 0m), (valve.Quantity, valve.Value));
    }

    [Fact]
    public void IsLow_AtOrBelowThreshold()
    {
        var valve = Valve();
        valve.StockIn(3, 1m, "仓管", Orders.Monday9);
        Assert.False(valve.IsLow);

        valve.StockOut(1, null, "维修", "仓管", Orders.Monday9);

        Assert.True(valve.IsLow);
    }

    [Fact]
    public void Report_CountsMonthsInShanghaiTime()
    {
        var newYearInShanghai = new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero); // 2026-01-01 00:30 +08:00
        var lines = new List<StockBook.Line>
        {
            new(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), StockMovementKind.StockIn, 100m),
            new(newYearInShanghai, StockMovementKind.StockIn, 50m),
            new(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), StockMovementKind.StockOut, 30m),
        };

        var report = StockBook.Report(2026, lines);

        Assert.Equal(100m, report.OpeningValue);
        Assert.Equal(50m, report.Months[0].InValue);
        Assert.Equal((150m, 120m, 120m), (report.Months[0].ClosingValue, report.Months[2].ClosingValue, report.ClosingValue));
        Assert.Equal(0m, report.StocktakeDifference);
    }

    [Fact]
    public void Stocktake_CountingLess_RecordsTheLossAtAverageCost()
    {
        var valve = Valve();
        valve.StockIn(10, 4m, "仓管", Orders.Monday9);

        var loss = valve.RecordStocktake(7, "月度盘点", "仓管", Orders.Monday9);

        Assert.Equal((StockMovementKind.StocktakeLoss, 3m, 12m), (loss!.Kind, loss.Quantity, loss.Value));
        Assert.Equal((7m, 28m), (valve.Quantity, valve.Value));
    }

    [Fact]
    public void Stocktake_AgreeingWithTheBook_RecordsNothing()
    {
        var valve = Valve();
        valve.StockIn(5, 4m, "仓管", Orders.Monday9);

        Assert.Null(valve.RecordStocktake(5, "月度盘点", "仓管", Orders.Monday9));
    }
}
