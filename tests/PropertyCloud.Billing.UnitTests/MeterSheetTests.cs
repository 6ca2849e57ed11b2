using System.Text;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.MeterImports;

namespace PropertyCloud.Billing.UnitTests;

public sealed class MeterSheetTests
{
    [Fact]
    public void Read_CsvWithHeadings_SkipsThemAndNumbersLinesAsInTheFile()
    {
        var lines = MeterSheet.Read(Encoding.UTF8.GetBytes("房屋,表计,读数\n1-1-101,水,12.5\n,,\n1-1-102,电,300\n"), MeterSheetFormat.Csv);

        Assert.Equal([2, 4], lines.Select(l => l.Line));
        Assert.Equal(["1-1-101", "1-1-102"], lines.Select(l => l.Unit));
        Assert.Equal([MeterKind.Water, MeterKind.Electricity], lines.Select(l => l.Meter!.Value));
    }

    [Fact]
    public void Read_CsvWithoutHeadings_KeepsTheFirstLine()
    {
        var lines = MeterSheet.Read(Encoding.UTF8.GetBytes("1-1-101,水,12.5\n"), MeterSheetFormat.Csv);

        Assert.Equal(1, Assert.Single(lines).Line);
    }

    [Fact]
    public void Read_CsvSavedByChineseExcel_IsReadAsGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var content = Encoding.GetEncoding("GB18030").GetBytes("房屋,表计,读数\n3栋-1-1502,电表,88\n");

        var line = Assert.Single(MeterSheet.Read(content, MeterSheetFormat.Csv));

        Assert.Equal("3栋-1-1502", line.Unit);
        Assert.Equal(MeterKind.Electricity, line.Meter);
    }

    [Fact]
    public void Read_Xlsx_ReadsNumbersAndTheReplacementColumn()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[]
        {
            new Dictionary<string, object> { ["房屋"] = "1-1-101", ["表计"] = "水", ["读数"] = 12.25, ["换表"] = "" },
            new Dictionary<string, object> { ["房屋"] = "1-1-102", ["表计"] = "电", ["读数"] = 7, ["换表"] = "是" },
        });

        var lines = MeterSheet.Read(stream.ToArray(), MeterSheetFormat.Xlsx);

        Assert.Equal([12.25m, 7m], lines.Select(l => l.Reading!.Value));
        Assert.Equal([false, true], lines.Select(l => l.IsReplacement));
        Assert.All(lines, l => Assert.Null(l.Problem));
    }

    [Fact]
    public void Read_LineWithUnreadableReading_IsKeptWithItsProblem()
    {
        var lines = MeterSheet.Read(Encoding.UTF8.GetBytes("房屋,表计,读数\n1-1-101,水,十二\n"), MeterSheetFormat.Csv);

        Assert.Equal("reading", Assert.Single(lines).Problem?.Field);
    }
}
