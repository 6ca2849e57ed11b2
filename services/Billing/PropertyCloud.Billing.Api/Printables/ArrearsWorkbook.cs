using System.Globalization;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>The dunning list as an XLSX workbook (欠费清单), one row per unit in arrears, headed in the caller's language.</summary>
internal static class ArrearsWorkbook
{
    public const string ContentType = LocalizedSheet.ContentType;

    private static readonly LocalizedText Sheet = new("欠费清单", "Arrears");

    private static readonly LocalizedText[] Columns =
    [
        new("楼栋", "Building"), new("单元", "Entrance"), new("房号", "Number"), new("逾期账单数", "Overdue bills"),
        new("欠费金额", "Amount owed"), new("最早到期日", "Oldest due date"), new("逾期天数", "Days overdue"), new("账龄", "Age of debt"),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<DunningEntry> entries, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, entries.Select(e => new object?[]
        {
            e.BuildingCode, e.Entrance, e.Number, e.OverdueBills, e.AmountOwed,
            e.OldestDueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DaysOverdue, e.Age.ToString(),
        }), cancellationToken);
}
