using System.Text;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.BuildingBlocks.Tests.SpreadsheetImports;

public sealed class UploadedSheetTests
{
    private static readonly string[][] Register =
    [
        ["楼栋", "单元", "房号", "业主姓名"],
        ["3栋", "1", "1502", "王建国"],
        ["3栋", "2", "0601", "李梅"],
    ];

    [Theory]
    [InlineData("register-gb18030.csv")]
    [InlineData("register-utf8-bom.csv")]
    [InlineData("register-utf8.csv")]
    public void Rows_CsvInAnyEncodingExcelSaves_ReadsTheChineseCellsInOrder(string file)
    {
        var rows = UploadedSheet.Rows(Samples.Read(file), SpreadsheetKind.Csv).ToList();

        Assert.Equal(Register, rows);
    }

    [Fact]
    public void Rows_XlsxWrittenByExcel_ReadsSharedStringsNumbersAndDates()
    {
        var rows = UploadedSheet.Rows(Samples.Read("meters.xlsx"), SpreadsheetKind.Xlsx).ToList();

        Assert.Equal(["房屋", "表计", "读数", "抄表日"], rows[0]);
        Assert.Equal(["3栋-1-1502", "水", "12.5", "2024-03-01"], rows[1]);
        Assert.Equal(["3栋-1-1502", "电", "300", "2024-03-01"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Rows_ZipThatIsNoWorkbook_Throws()
    {
        byte[] broken = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01];

        Assert.ThrowsAny<Exception>(() => UploadedSheet.Rows(broken, SpreadsheetKind.Xlsx).ToList());
    }

    [Fact]
    public void ToUtf8_Gb18030File_GivesTheSameBytesAsTheUtf8File()
    {
        var converted = CsvEncoding.ToUtf8(Samples.Read("register-gb18030.csv"));

        Assert.Equal(Samples.Read("register-utf8.csv"), converted);
    }

    [Fact]
    public void ToUtf8_Utf8WithByteOrderMark_IsLeftAsItIs()
    {
        var content = Samples.Read("register-utf8-bom.csv");

        Assert.Same(content, CsvEncoding.ToUtf8(content));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), content[..3]);
    }

    [Theory]
    [InlineData(SpreadsheetKind.Xlsx)]
    [InlineData(SpreadsheetKind.Csv)]
    public void Reason_InBothLanguages_NamesTheFormatAndCarriesNoReaderText(SpreadsheetKind kind)
    {
        var reason = UnreadableSheet.Reason(kind);

        Assert.Contains(kind.ToString().ToUpperInvariant(), reason.Chinese, StringComparison.Ordinal);
        Assert.Contains(kind.ToString().ToUpperInvariant(), reason.English, StringComparison.Ordinal);
        Assert.Contains("重新上传", reason.Chinese, StringComparison.Ordinal);
        Assert.Contains("upload it again", reason.English, StringComparison.Ordinal);
    }
}
