using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>
/// What a user is told when an uploaded file cannot be read at all, in both languages: the reader's own message is
/// English jargon about zip entries or XML, so it goes to the log, not to the user.
/// </summary>
public static class UnreadableSheet
{
    public static LocalizedText Reason(SpreadsheetKind kind) => kind == SpreadsheetKind.Xlsx
        ? new("文件不是可读取的 XLSX 工作簿：可能已损坏，或是改了扩展名的其他文件。请在 Excel 中另存为 .xlsx 后重新上传",
            "The file is not a readable XLSX workbook: it may be damaged, or another kind of file renamed. Save it as .xlsx in Excel and upload it again")
        : new("文件不是可读取的 CSV 文本。请在 Excel 中另存为 CSV 后重新上传",
            "The file is not readable CSV text. Save it as CSV in Excel and upload it again");
}
