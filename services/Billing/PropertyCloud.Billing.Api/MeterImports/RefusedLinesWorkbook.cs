using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>The lines a meter import refused as XLSX: line, the sheet's column at fault and the reason, headed in the caller's language.</summary>
internal static class RefusedLinesWorkbook
{
    private static readonly LocalizedText Sheet = new("未导入的行", "Refused lines");

    public static Task<byte[]> WriteAsync(IEnumerable<MeterImportRow> refused, CancellationToken cancellationToken) =>
        ImportErrorsWorkbook.WriteAsync(Sheet, refused.Select(r => new ImportErrorLine(r.Line, Column(r.Field), r.Message ?? "")), cancellationToken);

    /// <summary>The sheet's column a refusal names (its field), in the caller's language.</summary>
    public static string Column(string? field) => field switch
    {
        "unit" => new LocalizedText("房屋", "Unit").ToString(),
        "meter" => new LocalizedText("表计", "Meter").ToString(),
        "reading" => new LocalizedText("读数", "Reading").ToString(),
        "isReplacement" => new LocalizedText("换表", "Replaced meter").ToString(),
        "period" => new LocalizedText("抄表期间", "Period").ToString(),
        _ => field ?? "",
    };
}
