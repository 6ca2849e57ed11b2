using System.Globalization;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>The bill list as an XLSX workbook (账单清单), one row per bill, headed in the caller's language.</summary>
internal static class BillsWorkbook
{
    private static readonly LocalizedText Sheet = new("账单清单", "Bills");

    private static readonly LocalizedText[] Columns =
    [
        new("账期", "Period"), new("房屋", "Unit"), new("楼栋", "Building"), new("单元", "Entrance"), new("房号", "Number"),
        new("账单金额", "Amount"), new("调整", "Adjustments"), new("其中滞纳金", "Of which late fees"), new("应缴", "Due"),
        new("已缴", "Paid"), new("欠缴", "Outstanding"), new("缴费截止日", "Due date"), new("状态", "Status"),
    ];

    /// <summary>One bill as the workbook shows it; the unit's parts are empty when billing has not heard of the unit.</summary>
    public sealed record Row(string Period, string? BuildingCode, string? Entrance, string? Number, decimal Amount, decimal AdjustedAmount,
        decimal LateFeeCharged, decimal PaidAmount, DateOnly DueDate);

    public static Task<byte[]> WriteAsync(IReadOnlyList<Row> bills, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, bills.Select(b =>
        {
            var outstanding = b.Amount + b.AdjustedAmount - b.PaidAmount;
            return new object?[]
            {
                b.Period, b.BuildingCode is null ? null : $"{b.BuildingCode}-{b.Entrance}-{b.Number}", b.BuildingCode, b.Entrance, b.Number,
                b.Amount, b.AdjustedAmount, b.LateFeeCharged, b.Amount + b.AdjustedAmount, b.PaidAmount, outstanding,
                b.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                StatusName(outstanding <= 0 ? BillStatus.Paid : b.PaidAmount > 0 ? BillStatus.PartlyPaid : BillStatus.Open).ToString(),
            };
        }), cancellationToken);

    public static LocalizedText StatusName(BillStatus status) => status switch
    {
        BillStatus.Open => new("未缴", "Open"),
        BillStatus.PartlyPaid => new("部分已缴", "Partly paid"),
        _ => new("已缴", "Paid"),
    };
}
