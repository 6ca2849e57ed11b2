using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;

namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>The lines an import refused as an XLSX sheet (line, column, reason) headed in the caller's language, to fix the file by.</summary>
public static class ImportErrorsWorkbook
{
    private static readonly LocalizedText[] Columns = [new("行号", "Line"), new("列", "Column"), new("原因", "Reason")];

    public static Task<byte[]> WriteAsync(LocalizedText sheetName, IEnumerable<ImportErrorLine> errors, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(sheetName, Columns, errors.Select(e => new object?[] { e.Line, e.Column, e.Message }), cancellationToken);
}
