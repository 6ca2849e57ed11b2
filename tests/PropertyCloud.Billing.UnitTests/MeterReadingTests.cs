using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class MeterReadingTests
{
    private static readonly BillableUnit Unit = Given.Unit();
    private static readonly MeterReading January =
        MeterReading.Record(Unit, MeterKind.Water, new(2026, 1), 100m, false, null, [], Given.Now);

    [Fact]
    public void Record_FirstReading_IsTheBaseWithNoConsumption() => Assert.Equal(0m, January.Consumption);

    [Fact]
    public void Record_LowerThanPrevious_IsRefusedOnReading()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            MeterReading.Record(Unit, MeterKind.Water, new(2026, 2), 99.99m, false, January, [], Given.Now));

        Assert.Equal("reading", refusal.Field);
    }

    [Fact]
    public void Record_LowerAfterReplacement_CountsFromTheNewMetersZero() =>
        Assert.Equal(7m, MeterReading.Record(Unit, MeterKind.Water, new(2026, 2), 7m, true, January, [], Given.Now).Consumption);

    [Theory]
    [InlineData(130, false)]
    [InlineData(131, true)]
    public void Record_AboveThreeTimesTheRecentAverage_IsFlagged(decimal reading, bool abnormal) =>
        Assert.Equal(abnormal, MeterReading.Record(Unit, MeterKind.Water, new(2026, 2), reading, false, January, [8m, 12m], Given.Now).IsAbnormal);
}
