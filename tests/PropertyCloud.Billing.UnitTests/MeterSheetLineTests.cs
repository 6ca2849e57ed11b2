using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.UnitTests;

public sealed class MeterSheetLineTests
{
    [Theory]
    [InlineData("水", MeterKind.Water)]
    [InlineData("水表", MeterKind.Water)]
    [InlineData("water", MeterKind.Water)]
    [InlineData("电", MeterKind.Electricity)]
    [InlineData("电表", MeterKind.Electricity)]
    [InlineData("Electricity", MeterKind.Electricity)]
    public void Parse_MeterInEitherLanguage_IsUnderstood(string written, MeterKind expected)
    {
        var line = MeterSheetLine.Parse(2, "3栋-1-1502", written, "12.5", "");

        Assert.Null(line.Problem);
        Assert.Equal(expected, line.Meter);
        Assert.Equal(12.5m, line.Reading);
    }

    [Theory]
    [InlineData("", "水", "1", "meter_import.unit_missing", "unit")]
    [InlineData("1-1-101", "气", "1", "meter_import.meter_unknown", "meter")]
    [InlineData("1-1-101", "水", "abc", "meter_import.reading_invalid", "reading")]
    [InlineData("1-1-101", "水", "", "meter_import.reading_invalid", "reading")]
    [InlineData("1-1-101", "水", "-0.01", "meter_import.reading_invalid", "reading")]
    [InlineData("1-1-101", "水", "12.345", "meter_import.reading_invalid", "reading")]
    [InlineData("1-1-101", "水", "1000000000", "meter_import.reading_invalid", "reading")]
    public void Parse_UnreadableCell_NamesTheRuleAndTheColumn(string unit, string meter, string reading, string code, string field)
    {
        var line = MeterSheetLine.Parse(7, unit, meter, reading, "");

        Assert.Equal(code, line.Problem?.Code);
        Assert.Equal(field, line.Problem?.Field);
        Assert.Equal(7, line.Line);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("否", false)]
    [InlineData("是", true)]
    [InlineData("换表", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    public void Parse_ReplacementColumn_MarksAReplacedMeter(string written, bool expected)
    {
        var line = MeterSheetLine.Parse(2, "1-1-101", "电", "3", written);

        Assert.Null(line.Problem);
        Assert.Equal(expected, line.IsReplacement);
    }

    [Fact]
    public void Parse_ReplacementColumnWithAnythingElse_IsRefusedOnIsReplacement() =>
        Assert.Equal("isReplacement", MeterSheetLine.Parse(2, "1-1-101", "电", "3", "maybe").Problem?.Field);

    [Fact]
    public void Parse_ReadingWithTrailingZeros_IsKeptToTheFen() =>
        Assert.Equal(12.3m, MeterSheetLine.Parse(2, "1-1-101", "水", "12.30", "").Reading);
}
