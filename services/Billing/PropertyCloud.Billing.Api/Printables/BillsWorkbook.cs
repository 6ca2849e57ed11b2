using System.Globalization;
using MiniExcelLibs;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>The bill list as an XLSX workbook (账单清单), one row per bill, Chinese headers.</summary>
internal static class BillsWorkbook
{
    private static readonly string[] Headers =
        ["账期", "房屋", "楼栋", "单元", "房号", "账单金额", "调整", "其中滞纳金", "应缴", "已缴", "欠缴", "缴费截止日", "状态"];

    /// <summary>One bill as the workbook shows it; the unit's parts are empty when billing has not heard of the unit.</summary>
    public sealed record Row(string Period, string? BuildingCode, string? Entrance, string? Number, decimal Amount, decimal AdjustedAmount,
        decimal LateFeeCharged, decimal PaidAmount, DateOnly DueDate);

    public static async Task<byte[]> WriteAsync(IReadOnlyList<Row> bills, CancellationToken cancellationToken)
    {
        var rows = bills.Select(b =>
        {
            var outstanding = b.Amount + b.AdjustedAmount - b.PaidAmount;
            return new Dictionary<string, object?>
            {
                ["账期"] = b.Period,
                ["房屋"] = b.BuildingCode is null ? null : $"{b.BuildingCode}-{b.Entrance}-{b.Number}",
                ["楼栋"] = b.BuildingCode,
                ["单元"] = b.Entrance,
                ["房号"] = b.Number,
                ["账单金额"] = b.Amount,
                ["调整"] = b.AdjustedAmount,
                ["其中滞纳金"] = b.LateFeeCharged,
                ["应缴"] = b.Amount + b.AdjustedAmount,
                ["已缴"] = b.PaidAmount,
                ["欠缴"] = outstanding,
                ["缴费截止日"] = b.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["状态"] = StatusName(outstanding <= 0 ? BillStatus.Paid : b.PaidAmount > 0 ? BillStatus.PartlyPaid : BillStatus.Open),
            };
        }).ToList();
        if (rows.Count == 0)
        {
            // MiniExcel takes the headers from the first row.
            rows.Add(Headers.ToDictionary(h => h, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "账单清单", cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    public static string StatusName(BillStatus status) => status switch
    {
        BillStatus.Open => "未缴",
        BillStatus.PartlyPaid => "部分已缴",
        _ => "已缴",
    };
}
