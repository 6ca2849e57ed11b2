using System.Globalization;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>Recorded dunning notices as an XLSX workbook (催费记录), one row per notice, headed in the caller's language.</summary>
internal static class NoticesWorkbook
{
    private static readonly LocalizedText Sheet = new("催费记录", "Dunning notices");

    private static readonly LocalizedText[] Columns =
    [
        new("楼栋", "Building"), new("单元", "Entrance"), new("房号", "Number"), new("账期", "Period"), new("催费步骤", "Step"),
        new("逾期天数", "Days overdue"), new("欠费金额", "Amount owed"), new("滞纳金", "Late fee"), new("账龄", "Age of debt"),
        new("发出日期", "Issued on"),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<DunningNoticeResponse> notices, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, notices.Select(n => new object?[]
        {
            n.BuildingCode, n.Entrance, n.Number, n.Period, StepName(n.Step).ToString(), n.DaysOverdue, n.AmountOwed, n.LateFee,
            n.Age?.ToString(), EstateCalendar.Day(n.IssuedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }), cancellationToken);

    public static LocalizedText StepName(DunningStep step) => step switch
    {
        DunningStep.Reminder => new("缴费提醒", "Reminder"),
        DunningStep.Notice => new("催费通知", "Notice"),
        _ => new("最后催告", "Final notice"),
    };
}
