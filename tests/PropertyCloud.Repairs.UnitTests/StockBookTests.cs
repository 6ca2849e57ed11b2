using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class StockBookTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(9999)]
    public void ReportableYear_OutsideTheBook_IsRefusedNamingYear(int year)
    {
        var ex = Assert.Throws<DomainException>(() => StockBook.ReportableYear(year));

        Assert.Equal(("stock.year_out_of_range", "year"), (ex.Code, ex.Field));
    }

    [Fact]
    public void ReportableYear_WithinTheBook_IsTheYear() => Assert.Equal(2026, StockBook.ReportableYear(2026));
}
