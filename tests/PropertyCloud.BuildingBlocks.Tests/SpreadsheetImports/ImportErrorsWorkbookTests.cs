using System.Globalization;
using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.BuildingBlocks.Tests.SpreadsheetImports;

public sealed class ImportErrorsWorkbookTests
{
    [Theory]
    [InlineData("zh-CN", "行号", "列", "原因", "导入错误")]
    [InlineData("en-US", "Line", "Column", "Reason", "Import errors")]
    public async Task WriteAsync_InTheCallersLanguage_HeadsLineColumnAndReason(string culture, string line, string column, string reason, string sheet)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var bytes = await ImportErrorsWorkbook.WriteAsync(new("导入错误", "Import errors"),
                [new(3, "楼层", "楼层必须是整数：三"), new(7, "Unit", "There is no unit 9-9-9 in this estate")], CancellationToken.None);

            using var stream = new MemoryStream(bytes);
            Assert.Equal([sheet], MiniExcel.GetSheetNames(stream));
            var rows = UploadedSheet.Rows(bytes, SpreadsheetKind.Xlsx).ToList();
            Assert.Equal([line, column, reason], rows[0]);
            Assert.Equal(["3", "楼层", "楼层必须是整数：三"], rows[1]);
            Assert.Equal(["7", "Unit", "There is no unit 9-9-9 in this estate"], rows[2]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
