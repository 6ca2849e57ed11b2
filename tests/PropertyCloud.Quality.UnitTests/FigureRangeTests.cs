using System.Globalization;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.UnitTests;

public sealed class FigureRangeTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Resolve_WithToOutsideTheCalendar_IsRefusedNamingTo(string to)
    {
        var range = new FigureRange(null, DateOnly.Parse(to, CultureInfo.InvariantCulture), null);

        var ex = Assert.Throws<DomainException>(() => range.Resolve(TimeProvider.System));

        Assert.Equal(("figures.date_out_of_range", "to"), (ex.Code, ex.Field));
    }

    [Fact]
    public void Resolve_WithinTheCalendar_KeepsTheDays()
    {
        var (from, to, _) = new FigureRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), null).Resolve(TimeProvider.System);

        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (from, to));
    }

    [Fact]
    public void Supported_WithAMonthWithoutAFollowingMonth_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<DomainException>(() => QualityCalendar.Supported(DateOnly.MaxValue, "month"));

        Assert.Equal("month", ex.Field);
    }
}
